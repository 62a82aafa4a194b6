import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { isNotFound } from '../http.ts'
import { useMessages } from '../i18n/messages.ts'
import { ErrorBoundary } from '../ui/error-boundary.tsx'
import { NotFound } from './not-found.tsx'

/**
 * Around every route: a page whose data cannot be loaded shows why, with a retry, inside the layout (the reader keeps
 * the header and a way home). `resetKey` is the page's address, so moving elsewhere clears the error.
 */
export function RouteErrorBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  // react-query remembers that a query's error reached a boundary and would rethrow it; reset lets it fetch again.
  const { reset } = useQueryErrorResetBoundary()
  return (
    <ErrorBoundary
      resetKey={resetKey}
      onRetry={reset}
      fallback={(error, retry) => <RouteError error={error} retry={retry} />}
    >
      {children}
    </ErrorBoundary>
  )
}

/** What a route shows when its data could not be loaded: not-found for unknown pages, otherwise the reason and a retry. */
export function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useMessages()
  if (isNotFound(error)) return <NotFound />
  const reason = error instanceof Error ? error.message : String(error)
  return (
    <section role="alert" aria-labelledby="error-title" className="py-8">
      <title>{`${t.errorTitle} — ${t.siteName}`}</title>
      <h1 id="error-title" tabIndex={-1} className="text-3xl font-bold">
        {t.errorTitle}
      </h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{reason}</p>
      <button type="button" className="button mt-6" onClick={retry}>
        {t.tryAgain}
      </button>
    </section>
  )
}
