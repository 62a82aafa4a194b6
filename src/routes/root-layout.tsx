import { memo, Suspense } from 'react'
import { Link, Outlet, useLocation, useNavigate } from 'react-router'
import { RouteAnnouncer } from '../accessibility/route-announcer.tsx'
import { useDocumentLanguage } from '../i18n/document-language.ts'
import { useMessages } from '../i18n/messages.ts'
import { TextInEveryLanguage } from '../i18n/text-in-every-language.tsx'
import { ShortcutsHelp } from '../keyboard/shortcuts-help.tsx'
import { useShortcuts } from '../keyboard/use-shortcuts.ts'
import { paths } from '../paths.ts'
import { SettingsMenu } from '../preferences/settings-menu.tsx'
import { usePreferencesOnDocument } from '../preferences/use-preferences-on-document.ts'
import { PageSkeleton } from './page-skeleton.tsx'
import { RouteErrorBoundary } from './route-error.tsx'
import { useScrollRestoration } from './use-scroll-restoration.ts'

export function RootLayout() {
  const t = useMessages()
  const { pathname, search } = useLocation()
  const navigate = useNavigate()
  useShortcuts({ home: () => navigate(paths.home.href()) })
  usePreferencesOnDocument()
  useDocumentLanguage()
  useScrollRestoration()
  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-(--reading-width) flex-1 px-4 py-8 sm:px-6">
        <RouteErrorBoundary resetKey={`${pathname}${search}`}>
          {/* The pages show their own skeleton while their data loads (use-page-data.ts); this one covers anything
              else that suspends. */}
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <SiteFooter />
      <RouteAnnouncer />
    </>
  )
}

// The header and footer are the same on every page: memo keeps a page change from re-rendering them.
const SiteHeader = memo(function SiteHeader() {
  const t = useMessages()
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-(--reading-width) flex-wrap items-center gap-x-4 gap-y-2 px-4 py-4 sm:px-6">
        <Link
          to={paths.home.href()}
          className="me-auto text-2xl font-bold tracking-tight text-stone-900 no-underline dark:text-stone-100"
        >
          {t.siteName}
        </Link>
        {/*
          The prerendered page is in English, and a reader whose interface is Indonesian gets it right after hydration:
          nothing in this row may change size or wrap with the language. So the tagline takes what room is left and
          never wraps (on a phone there is none to spare, and the name's auto margin keeps Settings at the end), and
          the Settings button is as wide as its longest label.
        */}
        <p className="hidden min-w-0 flex-1 truncate text-sm text-stone-600 sm:block dark:text-stone-400">
          {t.siteTagline}
        </p>
        <SettingsMenu />
      </div>
    </header>
  )
})

const SiteFooter = memo(function SiteFooter() {
  const t = useMessages()
  return (
    <footer className="border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-(--reading-width) flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-stone-600 sm:px-6 dark:text-stone-400">
        {/* Wrapping the same in both languages: on a short page the footer is on the first screen (see the header). */}
        <p>
          <Link to={paths.home.href()}>{t.siteName}</Link> ·{' '}
          <TextInEveryLanguage text={(messages) => messages.siteTagline} />
        </p>
        <ShortcutsHelp />
      </div>
    </footer>
  )
})
