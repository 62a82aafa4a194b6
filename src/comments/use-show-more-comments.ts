import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { commentsIn, commentToFocusAfterMore } from './comment-pages.ts'
import { commentAnchorId } from './comment-permalink.ts'
import type { CommentPages } from './comment-queries.ts'

/**
 * "Show more comments" for the keyboard too: once the next page is in, focus moves to the first comment it brought
 * (each comment takes focus from script, not Tab), so the reader carries on reading from there and a screen reader
 * reads it out. Left alone, focus would fall to <body> when the button goes with the last page. A failed load leaves
 * focus on the button, next to the message saying so.
 */
export function useShowMoreComments(comments: UseInfiniteQueryResult<CommentPages>): () => void {
  // The list as it was when the reader asked: the new page has arrived once the cache holds another one.
  const [waiting, setWaiting] = useState<{ before: CommentPages; shown: ReadonlySet<number> } | null>(null)
  const { data } = comments

  useEffect(() => {
    if (!waiting || !data || data === waiting.before) return
    setWaiting(null)
    const target = commentToFocusAfterMore(waiting.shown, commentsIn(data))
    if (target) document.getElementById(commentAnchorId(target.id))?.focus()
  }, [waiting, data])

  return () => {
    if (comments.isFetchingNextPage || !data) return
    setWaiting({ before: data, shown: new Set(commentsIn(data).map(({ id }) => id)) })
    void comments.fetchNextPage().then((result) => {
      if (result.isFetchNextPageError) setWaiting(null)
    })
  }
}
