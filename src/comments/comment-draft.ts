import * as v from 'valibot'

/**
 * The unsent comment, kept in localStorage per article so a reload, a crash or a failed post loses nothing. Storage is
 * reached only through these functions, which never throw: a browser that refuses storage (private mode, full quota,
 * blocked cookies) just means the draft lives as long as the page.
 */

const draftSchema = v.object({ name: v.string(), body: v.string() })
export type CommentDraft = v.InferOutput<typeof draftSchema>

export const EMPTY_DRAFT: CommentDraft = { name: '', body: '' }

export const draftKey = (slug: string) => `warta:draft:${slug}`
/** The name the reader last published under, offered on every article so they type it once. */
export const REMEMBERED_NAME_KEY = 'warta:comment-name'

/** A stored draft, or null for nothing stored, a value that is not JSON, or JSON of another shape. */
export function parseDraft(raw: string | null): CommentDraft | null {
  if (raw === null) return null
  const parsed = v.safeParse(draftSchema, parseJson(raw))
  return parsed.success ? parsed.output : null
}

export function loadDraft(storage: Storage | null, slug: string): CommentDraft | null {
  return parseDraft(read(storage, draftKey(slug)))
}

/** Stores the draft, or forgets it once both fields are empty so no empty entries pile up. */
export function saveDraft(storage: Storage | null, slug: string, draft: CommentDraft): void {
  if (draft.name === '' && draft.body === '') clearDraft(storage, slug)
  else write(storage, draftKey(slug), JSON.stringify({ name: draft.name, body: draft.body }))
}

export function clearDraft(storage: Storage | null, slug: string): void {
  try {
    storage?.removeItem(draftKey(slug))
  } catch {
    // Storage that cannot be written cannot hold a stale draft either.
  }
}

export function loadRememberedName(storage: Storage | null): string | null {
  const parsed = v.safeParse(v.string(), parseJson(read(storage, REMEMBERED_NAME_KEY) ?? ''))
  return parsed.success ? parsed.output : null
}

export function rememberName(storage: Storage | null, name: string): void {
  write(storage, REMEMBERED_NAME_KEY, JSON.stringify(name))
}

/** The browser's localStorage, or null on the server and where the browser denies access (it throws, not returns). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(storage: Storage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // Quota exceeded or storage disabled: the text is still in the form.
  }
}
