import { Link } from 'react-router'
import { useMessages } from '../i18n/messages.ts'
import { TextInEveryLanguage } from '../i18n/text-in-every-language.tsx'
import { paths } from '../paths.ts'
import { useHttpStatus } from './http-status.ts'

export function NotFound() {
  const t = useMessages()
  useHttpStatus(404)
  return (
    <section aria-labelledby="not-found-title" className="py-8">
      <title>{`${t.notFoundTitle} — ${t.siteName}`}</title>
      {/* The page is prerendered in English and turns to the reader's language as the app starts: its words hold the
          room of their longest translation, so that nothing below them moves then. */}
      <h1 id="not-found-title" tabIndex={-1} className="text-3xl font-bold">
        <TextInEveryLanguage text={(messages) => messages.notFoundTitle} />
      </h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        <TextInEveryLanguage text={(messages) => messages.notFoundText} />
      </p>
      <p className="mt-6">
        <Link to={paths.home.href()}>{t.goHome}</Link>
      </p>
    </section>
  )
}
