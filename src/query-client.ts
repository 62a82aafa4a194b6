import { QueryClient } from '@tanstack/react-query'
import { isNotFound } from './http.ts'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retryOnce, refetchOnWindowFocus: false },
    },
  })
}

/**
 * A dropped connection or a server error deserves one more try; a 404 is an answer, not a failure. Asking again only
 * delays "not found" by the retry's wait and logs the same 404 twice.
 */
function retryOnce(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && !isNotFound(error)
}
