import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router'
import { useMessages } from '../i18n/messages.ts'
import { paths } from '../paths.ts'

export function RootLayout() {
  const t = useMessages()
  const navigation = useNavigation()
  const isNavigating = navigation.state !== 'idle'
  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      {isNavigating ? <div className="navigation-progress" role="progressbar" aria-label={t.loading} /> : null}
      <SiteHeader />
      <main
        id="main"
        tabIndex={-1}
        aria-busy={isNavigating}
        className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:px-6"
      >
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  )
}

function SiteHeader() {
  const t = useMessages()
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between gap-4 px-4 py-4 sm:px-6">
        <Link
          to={paths.home.href()}
          className="text-2xl font-black tracking-tight text-stone-900 no-underline dark:text-stone-100"
        >
          {t.siteName}
        </Link>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t.siteTagline}</p>
      </div>
    </header>
  )
}

function SiteFooter() {
  const t = useMessages()
  return (
    <footer className="border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-stone-600 sm:px-6 dark:text-stone-400">
        <Link to={paths.home.href()}>{t.siteName}</Link> · {t.siteTagline}
      </div>
    </footer>
  )
}

/** Holds the layout while the first page's data loads, so nothing jumps when it arrives. */
export function PageSkeleton() {
  const t = useMessages()
  return (
    <>
      <SiteHeader />
      <main id="main" aria-busy="true" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:px-6">
        <p className="sr-only">{t.loading}</p>
        <div className="skeleton h-10 w-4/5" />
        <div className="skeleton mt-3 h-4 w-1/3" />
        {[1, 2, 3, 4].map((line) => (
          <div key={line} className="skeleton mt-6 h-20 w-full" />
        ))}
      </main>
    </>
  )
}
