import { type FormEvent, useId, useRef, useState } from 'react'
import { fieldMessageIn } from './comment-field-messages.ts'
import { useCommentMessages } from './comment-messages.ts'
import { BODY_MAX, type CommentField, codePointLength } from './comment-schema.ts'
import { type FieldErrors, firstInvalidField, validateComment } from './comment-validation.ts'
import { type PostFailure, postFailureMessage, postFailureOf } from './post-failure.ts'
import { useCommentDraft } from './use-comment-draft.ts'
import { usePostComment } from './use-post-comment.ts'

/** The counter appears once the comment is this long, when the limit starts to matter. */
const COUNTER_FROM = Math.floor(BODY_MAX * 0.8)

/**
 * The comment form. Its fields are a draft kept on the device until the server accepts the comment; every failure says
 * why and leaves the text where it is. `unavailable` (no comments API) disables it without touching the draft.
 */
export function CommentForm({ slug, unavailable }: { slug: string; unavailable: boolean }) {
  const t = useCommentMessages()
  const id = useId()
  const ids = { name: `${id}-name`, body: `${id}-body`, counter: `${id}-counter` }
  const errorId = (field: CommentField) => `${id}-${field}-error`
  const fieldRefs = { name: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) }

  const draft = useCommentDraft(slug)
  const post = usePostComment(slug)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<PostFailure | null>(null)
  const [published, setPublished] = useState(false)

  const showFieldErrors = (fields: FieldErrors) => {
    setFieldErrors(fields)
    const first = firstInvalidField(fields)
    if (first) fieldRefs[first].current?.focus()
  }

  const edit = (field: CommentField, value: string) => {
    draft.edit({ [field]: value })
    setFieldErrors(({ [field]: _fixed, ...others }) => others)
    setPublished(false)
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (post.isPending) return
    setFailure(null)
    setPublished(false)
    const website = new FormData(event.currentTarget).get('website')
    const checked = validateComment({ ...draft.values, website: typeof website === 'string' ? website : '' })
    if (!checked.success) return showFieldErrors(checked.fields)
    setFieldErrors({})
    post.mutate(checked.data, {
      onSuccess: () => {
        draft.clearBody()
        setPublished(true)
      },
      onError: (error) => {
        const reason = postFailureOf(error)
        setFailure(reason)
        if (reason.kind === 'invalid') showFieldErrors(reason.fields)
      },
    })
  }

  const bodyLength = codePointLength(draft.values.body)
  const counter =
    bodyLength < COUNTER_FROM
      ? ''
      : bodyLength <= BODY_MAX
        ? t.charactersLeft(BODY_MAX - bodyLength)
        : t.charactersOver(bodyLength - BODY_MAX)
  const describedBy = (field: CommentField, ...others: string[]) =>
    [fieldErrors[field] ? errorId(field) : null, ...others].filter(Boolean).join(' ') || undefined
  const fieldError = (field: CommentField) =>
    fieldErrors[field] ? (
      <p id={errorId(field)} className="text-sm font-bold text-red-700 dark:text-red-400">
        {fieldMessageIn(t, fieldErrors[field])}
      </p>
    ) : null

  return (
    <form className="mt-6 grid gap-3 noscript:hidden" noValidate onSubmit={submit} aria-busy={post.isPending}>
      <fieldset disabled={!draft.ready || unavailable} className="grid min-w-0 gap-3">
        <label htmlFor={ids.name} className="font-bold">
          {t.commentName}
        </label>
        <input
          ref={fieldRefs.name}
          id={ids.name}
          name="name"
          className="field"
          autoComplete="name"
          required
          readOnly={post.isPending}
          value={draft.values.name}
          onChange={(event) => edit('name', event.target.value)}
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={describedBy('name')}
        />
        {fieldError('name')}

        <label htmlFor={ids.body} className="font-bold">
          {t.commentBody}
        </label>
        <textarea
          ref={fieldRefs.body}
          id={ids.body}
          name="body"
          rows={5}
          className="field"
          required
          readOnly={post.isPending}
          value={draft.values.body}
          onChange={(event) => edit('body', event.target.value)}
          aria-invalid={fieldErrors.body ? true : undefined}
          aria-describedby={describedBy('body', ids.counter)}
        />
        {fieldError('body')}
        <p
          id={ids.counter}
          aria-live="polite"
          className={`text-sm ${bodyLength > BODY_MAX ? 'font-bold text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-400'}`}
        >
          {counter}
        </p>

        {/* A trap for bots, which fill in every field; people never see it and screen readers skip it. */}
        <div className="sr-only" aria-hidden="true">
          <label htmlFor={`${id}-website`}>{t.commentHoneypot}</label>
          <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <div className="flex flex-wrap items-center gap-3">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus that just pressed it. */}
          <button type="submit" className="button aria-disabled:opacity-60" aria-disabled={post.isPending}>
            {t.publish}
          </button>
          <p role="status" className="text-stone-700 dark:text-stone-300">
            {post.isPending ? t.publishing : published ? t.commentPublished : ''}
          </p>
        </div>
      </fieldset>
      {failure ? (
        <p
          role="alert"
          className="rounded-md border border-red-700 p-3 text-red-800 dark:border-red-400 dark:text-red-300"
        >
          {postFailureMessage(failure, t)}
        </p>
      ) : null}
    </form>
  )
}
