import { useMemo } from 'react'
import { useUiLocale } from '../preferences/preferences-store.ts'
import { commentDateFormat } from './comment-date.ts'
import { useCommentMessages } from './comment-messages.ts'
import { commentAnchorId } from './comment-permalink.ts'
import type { Comment } from './comment-schema.ts'

/**
 * The comments, oldest first. Names and bodies are React text, never HTML: markup shows as typed and URLs stay
 * unlinked. `pre-wrap` keeps the writer's line breaks, `overflow-wrap: anywhere` breaks a word too long for the column,
 * and `unicode-bidi: plaintext` lets each line (Arabic, Hebrew, Latin) run in its own direction.
 */
export function CommentList({
  comments,
  labelledBy,
  linkedId,
}: {
  comments: Comment[]
  labelledBy: string
  /** The comment the address links to, highlighted. */
  linkedId: number | null
}) {
  const t = useCommentMessages()
  const locale = useUiLocale()
  // The UI's language, not the article's: the section around the dates (and its `lang`, from <html>) is in the UI's.
  const dateFormat = useMemo(() => commentDateFormat(locale), [locale])
  if (comments.length === 0) return null
  return (
    <ol aria-labelledby={labelledBy} className="mt-4 grid gap-4">
      {comments.map((comment) => {
        const anchorId = commentAnchorId(comment.id)
        return (
          // Marked from the address rather than styled with :target, which a permalink opened fresh never matches: the
          // browser looks for the element once, before the list has loaded.
          <li
            key={comment.id}
            id={anchorId}
            data-linked={comment.id === linkedId ? '' : undefined}
            // Focusable from script only: "Show more" moves focus to the first comment it brought.
            tabIndex={-1}
            className="min-w-0 scroll-mt-4 rounded-lg border border-stone-200 p-4 data-linked:border-orange-700 dark:border-stone-800 dark:data-linked:border-orange-300"
          >
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span dir="auto" className="min-w-0 font-bold [overflow-wrap:anywhere]">
                {comment.name}
              </span>
              {/* Date and link wrap as one, so the # never ends up on a line of its own under a long name. */}
              <span className="flex gap-x-3 text-sm text-stone-600 dark:text-stone-400">
                <time dateTime={comment.createdAt}>{dateFormat.format(new Date(comment.createdAt))}</time>
                <a
                  href={`#${anchorId}`}
                  className="text-stone-600 no-underline hover:underline dark:text-stone-400"
                  aria-label={t.linkToComment(comment.name)}
                  title={t.linkToComment(comment.name)}
                >
                  #
                </a>
              </span>
            </p>
            <p
              dir="auto"
              data-comment-body=""
              className="mt-2 whitespace-pre-wrap text-start [overflow-wrap:anywhere] [unicode-bidi:plaintext]"
            >
              {comment.body}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
