import { useEffect, useState } from 'react'
import {
  browserStorage,
  type CommentDraft,
  EMPTY_DRAFT,
  loadDraft,
  loadRememberedName,
  saveDraft,
} from './comment-draft.ts'

export type DraftState = {
  values: CommentDraft
  /** False until the stored draft has been read: the server and the first client render see empty fields. */
  ready: boolean
  /** A change the reader made: shown and stored at once. */
  edit: (change: Partial<CommentDraft>) => void
  /** After a publish (which already cleared storage): empty the comment and keep the name for the next one. */
  clearBody: () => void
}

/**
 * The form's fields, mirrored to localStorage as the reader types. Storage is read in an effect, never during render,
 * so prerendered HTML (empty fields) hydrates without a mismatch and the draft appears right after.
 */
export function useCommentDraft(slug: string): DraftState {
  const [values, setValues] = useState<CommentDraft>(EMPTY_DRAFT)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    const storage = browserStorage()
    setValues(loadDraft(storage, slug) ?? { name: loadRememberedName(storage) ?? '', body: '' })
    setReady(true)
  }, [slug])

  return {
    values,
    ready,
    edit: (change) => {
      const next = { ...values, ...change }
      setValues(next)
      saveDraft(browserStorage(), slug, next)
    },
    clearBody: () => setValues((current) => ({ name: current.name, body: '' })),
  }
}
