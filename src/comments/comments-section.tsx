import { useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef } from 'react'
import { useLocation } from 'react-router'
import { useMessages } from '../i18n/messages.ts'
import { CommentForm } from './comment-form.tsx'
import { CommentList } from './comment-list.tsx'
import { commentsIn, commentTotal } from './comment-pages.ts'
import { commentAnchorId, commentIdFromHash } from './comment-permalink.ts'
import { type CommentPages, commentListQuery } from './comment-queries.ts'

/**
 * "Post a Comment", under every article: the count, the comments and the form. The list loads on the client only, so
 * prerendered HTML shows "Loading comments…" on every page and hydrates without a mismatch. Where there is no comments
 * API (a static host), the section says so and the article is unaffected.
 */
export function CommentsSection({ slug, lang }: { slug: string; lang: string }) {
  const t = useMessages()
  const countId = useId()
  const comments = useInfiniteQuery(commentListQuery(slug))
  const unavailable = comments.isError && comments.data === undefined
  useScrollToLinkedComment(comments.data, comments.hasNextPage, comments.fetchNextPage)

  return (
    <section id="comments" aria-labelledby="comments-title" className="mt-12">
      <h2 id="comments-title" className="text-2xl font-bold">
        {t.postAComment}
      </h2>
      {/* Prerendered pages are read without JavaScript too: say so instead of "Loading…" and a form that cannot work.
          A media query rather than <noscript>, whose content a browser with scripting switched off may still skip. */}
      <p className="mt-4 hidden text-stone-700 noscript:block dark:text-stone-300">{t.commentsNeedJavaScript}</p>
      {comments.data ? (
        <>
          <h3 id={countId} className="mt-4 text-lg font-semibold">
            {t.commentCount(commentTotal(comments.data))}
          </h3>
          <CommentList comments={commentsIn(comments.data)} lang={lang} labelledBy={countId} />
          {comments.hasNextPage ? (
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <button
                type="button"
                className="button"
                aria-disabled={comments.isFetchingNextPage}
                onClick={() => {
                  if (!comments.isFetchingNextPage) void comments.fetchNextPage()
                }}
              >
                {t.showMoreComments}
              </button>
              <p role="status" className="text-stone-600 dark:text-stone-400">
                {comments.isFetchingNextPage
                  ? t.commentsLoading
                  : comments.isFetchNextPageError
                    ? t.moreCommentsFailed
                    : ''}
              </p>
            </div>
          ) : null}
        </>
      ) : unavailable ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <p role="status" className="text-stone-700 dark:text-stone-300">
            {t.commentsUnavailable}
          </p>
          <button type="button" className="button" onClick={() => void comments.refetch()}>
            {t.tryAgain}
          </button>
        </div>
      ) : (
        <p role="status" className="mt-4 text-stone-600 noscript:hidden dark:text-stone-400">
          {comments.fetchStatus === 'paused' ? t.commentsWaitingForNetwork : t.commentsLoading}
        </p>
      )}
      <CommentForm slug={slug} unavailable={unavailable} />
    </section>
  )
}

/**
 * A `#comment-<id>` link points at something that does not exist until the list has loaded, so the browser cannot
 * scroll to it by itself: once the comment is on the page, bring it into view (loading further pages while it is
 * still ahead). The hash is read from the router, which keeps the address the reader arrived with.
 */
function useScrollToLinkedComment(
  pages: CommentPages | undefined,
  hasNextPage: boolean,
  fetchNextPage: () => Promise<unknown>,
) {
  const { hash } = useLocation()
  const done = useRef(false)
  useEffect(() => {
    const target = commentIdFromHash(hash)
    if (done.current || target === null || !pages) return
    const element = document.getElementById(commentAnchorId(target))
    if (element) {
      done.current = true
      element.scrollIntoView({ block: 'start' })
      return
    }
    const lastLoaded = pages.pages.at(-1)?.nextAfter
    if (hasNextPage && lastLoaded !== null && lastLoaded !== undefined && lastLoaded < target) void fetchNextPage()
    else done.current = true
  }, [hash, pages, hasNextPage, fetchNextPage])
}
