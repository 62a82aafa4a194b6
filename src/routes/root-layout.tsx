import { Link, type Location, Outlet, ScrollRestoration, useNavigate, useNavigation } from 'react-router'
import { RouteAnnouncer } from '../accessibility/route-announcer.tsx'
import { useDocumentLanguage } from '../i18n/document-language.ts'
import { useMessages } from '../i18n/messages.ts'
import { ShortcutsHelp } from '../keyboard/shortcuts-help.tsx'
import { useShortcuts } from '../keyboard/use-shortcuts.ts'
import { paths } from '../paths.ts'
import { SettingsMenu } from '../preferences/settings-menu.tsx'
import { usePreferencesOnDocument } from '../preferences/use-preferences-on-document.ts'

export function RootLayout() {
  const t = useMessages()
  const navigation = useNavigation()
  const isNavigating = navigation.state !== 'idle'
  const navigate = useNavigate()
  useShortcuts({ home: () => navigate(paths.home.href()) })
  usePreferencesOnDocument()
  useDocumentLanguage()
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
        className="mx-auto w-full max-w-(--reading-width) flex-1 px-4 py-8 sm:px-6"
      >
        <Outlet />
      </main>
      <SiteFooter />
      <RouteAnnouncer />
      <ScrollRestoration getKey={scrollPositionKey} />
    </>
  )
}

/**
 * Every freshly loaded document starts at the location key "default", so the router's saved scroll positions would
 * carry over from one page load to the next in this tab (the home page's top applied to a shared `#p-5` link opened
 * after it). A fresh load is keyed by its full address instead; in-app navigations keep their unique keys.
 */
function scrollPositionKey(location: Location): string {
  if (location.key !== 'default') return location.key
  // The hash the reader has scrolled to is only in window.location: the position tracker writes it with replaceState.
  const hash = typeof window === 'undefined' ? location.hash : window.location.hash
  return `${location.pathname}${location.search}${hash}`
}

function SiteHeader() {
  const t = useMessages()
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-(--reading-width) flex-wrap items-center gap-x-4 gap-y-2 px-4 py-4 sm:px-6">
        <Link
          to={paths.home.href()}
          className="text-2xl font-black tracking-tight text-stone-900 no-underline dark:text-stone-100"
        >
          {t.siteName}
        </Link>
        <p className="me-auto text-sm text-stone-600 dark:text-stone-400">{t.siteTagline}</p>
        <SettingsMenu />
      </div>
    </header>
  )
}

function SiteFooter() {
  const t = useMessages()
  return (
    <footer className="border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-(--reading-width) flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-stone-600 sm:px-6 dark:text-stone-400">
        <p>
          <Link to={paths.home.href()}>{t.siteName}</Link> · {t.siteTagline}
        </p>
        <ShortcutsHelp />
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
      <main id="main" aria-busy="true" className="mx-auto w-full max-w-(--reading-width) flex-1 px-4 py-8 sm:px-6">
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
