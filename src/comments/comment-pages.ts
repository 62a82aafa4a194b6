import type { CommentPages } from './comment-queries.ts'
import type { Comment } from './comment-schema.ts'

/**
 * The loaded comments in one list, oldest first, each once. Pages can overlap: a comment the reader just published is
 * added to the last page, and a later "Show more" may bring it again.
 */
export function commentsIn(pages: CommentPages): Comment[] {
  const byId = new Map<number, Comment>()
  for (const page of pages.pages) for (const comment of page.comments) byId.set(comment.id, comment)
  // Ids grow with time, so sorting by id is oldest first.
  return [...byId.values()].sort((a, b) => a.id - b.id)
}

/** The total the server reported most recently (the last page fetched is the newest answer). */
export function commentTotal(pages: CommentPages): number {
  return pages.pages.at(-1)?.total ?? 0
}

/**
 * The cache after the server accepted `comment`: it is shown at once, at the end, and counted. Nothing is refetched
 * for it, so the reader's own comment never flickers away while other pages are still unloaded.
 */
export function withPublishedComment(pages: CommentPages | undefined, comment: Comment): CommentPages | undefined {
  if (!pages || pages.pages.length === 0) return pages
  if (pages.pages.some((page) => page.comments.some(({ id }) => id === comment.id))) return pages
  const lastIndex = pages.pages.length - 1
  return {
    ...pages,
    pages: pages.pages.map((page, index) => ({
      ...page,
      total: page.total + 1,
      comments: index === lastIndex ? [...page.comments, comment] : page.comments,
    })),
  }
}

/**
 * Where focus goes once "Show more" has brought a page: the first comment that was not on the page before, so the next
 * Tab continues through the new ones. If the page brought none, the last comment, never nowhere: the button the focus
 * was on may be gone.
 */
export function commentToFocusAfterMore(shownBefore: ReadonlySet<number>, comments: readonly Comment[]) {
  return comments.find(({ id }) => !shownBefore.has(id)) ?? comments.at(-1)
}
