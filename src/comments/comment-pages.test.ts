import { describe, expect, it } from 'vitest'
import { commentsIn, commentToFocusAfterMore, commentTotal, withPublishedComment } from './comment-pages.ts'
import type { CommentPages } from './comment-queries.ts'
import type { Comment, CommentList } from './comment-schema.ts'

const comment = (id: number): Comment => ({ id, name: `n${id}`, body: `b${id}`, createdAt: '2026-01-01T00:00:00.000Z' })
const page = (ids: number[], total: number, nextAfter: number | null): CommentList => ({
  comments: ids.map(comment),
  total,
  nextAfter,
})
const pagesOf = (...pages: CommentList[]): CommentPages => ({
  pages,
  pageParams: pages.map((_, index) => (index === 0 ? 0 : (pages[index - 1]?.nextAfter ?? 0))),
})

describe('commentsIn', () => {
  it('flattens pages oldest first without duplicates', () => {
    const pages = pagesOf(page([1, 2], 6, 2), page([3, 9], 6, 9), page([4, 9], 6, null))
    expect(commentsIn(pages).map(({ id }) => id)).toEqual([1, 2, 3, 4, 9])
  })
})

describe('commentTotal', () => {
  it('uses the newest answer', () => {
    expect(commentTotal(pagesOf(page([1], 3, 1), page([2], 4, null)))).toBe(4)
    expect(commentTotal({ pages: [], pageParams: [] })).toBe(0)
  })
})

describe('withPublishedComment', () => {
  it('appends to the last page and counts it on every page', () => {
    const before = pagesOf(page([1, 2], 3, 2), page([3], 3, null))
    const after = withPublishedComment(before, comment(7))
    expect(after && commentsIn(after).map(({ id }) => id)).toEqual([1, 2, 3, 7])
    expect(after?.pages.map(({ total }) => total)).toEqual([4, 4])
    expect(after?.pages[0]?.nextAfter).toBe(2)
    expect(before.pages[1]?.comments).toHaveLength(1)
  })

  it('leaves an empty or unloaded cache alone and adds a comment once', () => {
    expect(withPublishedComment(undefined, comment(1))).toBeUndefined()
    const once = withPublishedComment(pagesOf(page([], 0, null)), comment(1))
    expect(withPublishedComment(once, comment(1))).toBe(once)
    expect(once && commentTotal(once)).toBe(1)
  })
})

describe('commentToFocusAfterMore', () => {
  it('picks the first comment that was not shown before, else the last one', () => {
    const shown = new Set([1, 2, 7])
    expect(commentToFocusAfterMore(shown, [1, 2, 3, 4, 7].map(comment))?.id).toBe(3)
    expect(commentToFocusAfterMore(shown, [1, 2, 7].map(comment))?.id).toBe(7)
    expect(commentToFocusAfterMore(shown, [])).toBeUndefined()
  })
})
