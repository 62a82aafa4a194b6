import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query'

/**
 * A page's data, or undefined while it loads (the page then shows its skeleton itself). Not `useSuspenseQuery`: React
 * holds back the content of a suspended boundary until at least 300 ms after its fallback appeared, so an article
 * opened from the list waited ~300 ms for data that arrived in 40. Errors still reach the route's error boundary, as
 * with suspense: only when there is no data to show.
 */
export function usePageData<TData, TKey extends QueryKey>(
  options: UseQueryOptions<TData, Error, TData, TKey>,
): TData | undefined {
  return useQuery({ ...options, throwOnError: (_error, query) => query.state.data === undefined }).data
}
