import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../http.ts'
import { articleIndexPageSchema, articleSchema, dataPaths } from './article-schema.ts'

export const articleKeys = {
  all: ['articles'] as const,
  indexPage: (page: number) => [...articleKeys.all, 'index', page] as const,
  detail: (slug: string) => [...articleKeys.all, 'detail', slug] as const,
}

// Bundled data only changes with a new build, so within a visit it never goes stale: going back to the list or into an
// article already seen never downloads it again.
const BUNDLED_DATA_STALE_TIME = Number.POSITIVE_INFINITY

export function articleIndexQuery(page: number) {
  return queryOptions({
    queryKey: articleKeys.indexPage(page),
    queryFn: ({ signal }) => fetchJson(dataPaths.indexPage(page), articleIndexPageSchema, { signal }),
    staleTime: BUNDLED_DATA_STALE_TIME,
  })
}

export function articleQuery(slug: string) {
  return queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: ({ signal }) => fetchJson(dataPaths.article(slug), articleSchema, { signal }),
    staleTime: BUNDLED_DATA_STALE_TIME,
  })
}
