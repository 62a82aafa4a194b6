import { useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { useMessages } from '../i18n/messages.ts'
import { CommentForm } from './comment-form.tsx'
import { CommentList } from './comment-list.tsx'
import { useCommentMessages } from './comment-messages.ts'
import { commentsIn, commentTotal } from './comment-pages.ts'
import { COMMENTS_SECTION_ID, commentAnchorId, commentIdFromHash } from './comment-permalink.ts'
import { type CommentPages, commentListQuery } from './comment-queries.ts'
import { useShowMoreComments } from './use-show-more-comments.ts'

/**
 * The interactive part of "Post a Comment": the count, the comments, "Show more" and the form. Its own chunk, loaded by
 * CommentsSection (which owns the heading and the placeholder) when the reader gets near it; the list itself is
 * fetched from the API once this is on the page. Where there is no comments API (a static host), it says so and the
 * article is unaffected.
 */
export function CommentsPanel({ slug }: { slug: string }) {
  // The section's shared words (loading, unavailable, try again) from the app-wide catalogue, the panel's own here.
  const t = useMessages()
  const tc = useCommentMessages()
  const countId = useId()
  const comments = useInfiniteQuery(commentListQuery(slug))
  const unavailable = comments.isError && comments.data === undefined
  const showMore = useShowMoreComments(comments)
  const linkedId = commentIdFromHash(useLocation().hash)
  const linkedCommentMissing = useScrollToLinkedComment(
    linkedId,
    comments.data,
    comments.hasNextPage,
    comments.fetchNextPage,
  )

  return (
    <>
      {comments.data ? (
        <>
          <h3 id={countId} className="mt-4 text-lg font-bold">
            {tc.commentCount(commentTotal(comments.data))}
          </h3>
          {linkedCommentMissing ? (
            <p role="status" className="mt-2 text-stone-700 dark:text-stone-300">
              {tc.linkedCommentMissing}
            </p>
          ) : null}
          <CommentList comments={commentsIn(comments.data)} labelledBy={countId} linkedId={linkedId} />
          {comments.hasNextPage ? (
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <button type="button" className="button" aria-disabled={comments.isFetchingNextPage} onClick={showMore}>
                {tc.showMoreComments}
              </button>
              <p role="status" className="text-stone-600 dark:text-stone-400">
                {comments.isFetchingNextPage
                  ? t.commentsLoading
                  : comments.isFetchNextPageError
                    ? tc.moreCommentsFailed
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
          {comments.fetchStatus === 'paused' ? tc.commentsWaitingForNetwork : t.commentsLoading}
        </p>
      )}
      <CommentForm slug={slug} unavailable={unavailable} />
    </>
  )
}

/**
 * A `#comment-<id>` link points at something that does not exist until the list has loaded, so the browser cannot
 * scroll to it by itself: once the comment is on the page, bring it into view (loading further pages while it is
 * still ahead). `target` comes from the router's hash, which keeps the address the reader arrived with.
 * Returns true when the list is in as far as the linked comment and it is not there (removed, or never posted): the
 * reader is then taken to the comments, where the panel says so, rather than left at the top wondering.
 */
function useScrollToLinkedComment(
  target: number | null,
  pages: CommentPages | undefined,
  hasNextPage: boolean,
  fetchNextPage: () => Promise<unknown>,
): boolean {
  const done = useRef(false)
  // Which linked comment turned out to be missing: the message is about that link, and goes once the address moves on.
  const [missingId, setMissingId] = useState<number | null>(null)
  useEffect(() => {
    if (done.current || target === null || !pages) return
    const element = document.getElementById(commentAnchorId(target))
    if (element) {
      done.current = true
      element.scrollIntoView({ block: 'start' })
      return
    }
    const lastLoaded = pages.pages.at(-1)?.nextAfter
    if (hasNextPage && lastLoaded !== null && lastLoaded !== undefined && lastLoaded < target) {
      void fetchNextPage()
      return
    }
    done.current = true
    setMissingId(target)
    document.getElementById(COMMENTS_SECTION_ID)?.scrollIntoView({ block: 'start' })
  }, [target, pages, hasNextPage, fetchNextPage])
  return missingId !== null && target === missingId
}
