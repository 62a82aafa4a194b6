import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { isNotFound } from '../http.ts'
import { useMessages } from '../i18n/messages.ts'
import { NotFound } from './not-found.tsx'

/** What a route shows when its data could not be loaded: not-found for unknown pages, otherwise the reason and a retry. */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  const t = useMessages()
  if ((isRouteErrorResponse(error) && error.status === 404) || isNotFound(error)) return <NotFound />
  const reason = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error)
  return (
    <section role="alert" aria-labelledby="error-title" className="py-8">
      <title>{`${t.errorTitle} — ${t.siteName}`}</title>
      <h1 id="error-title" tabIndex={-1} className="text-3xl font-bold">
        {t.errorTitle}
      </h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{reason}</p>
      <button
        type="button"
        className="button mt-6"
        disabled={revalidator.state === 'loading'}
        onClick={() => revalidator.revalidate()}
      >
        {t.tryAgain}
      </button>
    </section>
  )
}
