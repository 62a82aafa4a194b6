import { Link } from 'react-router'
import { useMessages } from '../i18n/messages.ts'
import { paths } from '../paths.ts'
import { useHttpStatus } from './http-status.ts'

export function NotFound() {
  const t = useMessages()
  useHttpStatus(404)
  return (
    <section aria-labelledby="not-found-title" className="py-8">
      <title>{`${t.notFoundTitle} — ${t.siteName}`}</title>
      <h1 id="not-found-title" tabIndex={-1} className="text-3xl font-bold">
        {t.notFoundTitle}
      </h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{t.notFoundText}</p>
      <p className="mt-6">
        <Link to={paths.home.href()}>{t.goHome}</Link>
      </p>
    </section>
  )
}
