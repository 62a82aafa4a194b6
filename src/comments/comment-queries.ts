import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query'
import { fetchJson } from '../http.ts'
import { COMMENTS_PAGE_DEFAULT, type CommentList, commentListSchema, commentsPath } from './comment-schema.ts'

export const commentKeys = {
  all: ['comments'] as const,
  list: (slug: string) => [...commentKeys.all, slug] as const,
}

/** The pages of one article's comments as the infinite query holds them (each page param is an `after` cursor). */
export type CommentPages = InfiniteData<CommentList>

export function fetchCommentPage(slug: string, after: number, signal?: AbortSignal): Promise<CommentList> {
  const query = new URLSearchParams({ limit: String(COMMENTS_PAGE_DEFAULT) })
  if (after > 0) query.set('after', String(after))
  return fetchJson(`${commentsPath(slug)}?${query}`, commentListSchema, { signal })
}

/**
 * One article's comments, oldest first, a page at a time. Not prefetched by the route loader: the article must never
 * wait for, or fail with, the comments API, which a static host does not have.
 */
export function commentListQuery(slug: string) {
  return infiniteQueryOptions({
    queryKey: commentKeys.list(slug),
    queryFn: ({ pageParam, signal }) => fetchCommentPage(slug, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (lastPage) => lastPage.nextAfter ?? undefined,
    // No retry of its own: a host without the API answers with its HTML page or a 404 (both read as "not found"),
    // which the client's default retry (src/query-client.ts) never asks again.
  })
}
