import { createContext, useContext } from 'react'

/**
 * The HTTP status of the page being prerendered. A route that renders "not found" records 404 here while the build
 * renders it; in the browser there is no provider and nothing is recorded.
 */
export const HttpStatusContext = createContext<{ status: number } | null>(null)

export function useHttpStatus(status: number): void {
  const page = useContext(HttpStatusContext)
  if (page) page.status = status
}
