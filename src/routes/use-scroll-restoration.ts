import { useEffect, useLayoutEffect, useRef } from 'react'
import { type Location, useLocation, useNavigationType } from 'react-router'
import { pageIdentity } from '../keyboard/list-selection.ts'
import { onFirstReaderInput } from '../ui/reader-input.ts'

/**
 * Where the reader was on each page of this visit, by history entry: Back and Forward return there. Kept in
 * sessionStorage too, which lasts as long as the tab: a reload (or a return from another site) starts the app afresh,
 * and the browser's own restoration is switched off so the app can do it.
 */
const savedPositions = new Map<string, number>()
const SAVED_POSITIONS_KEY = 'warta:scroll-positions'
// Enough for a long session's history; the oldest entries go first.
const SAVED_POSITIONS_MAX = 100

let loaded = false

function loadSavedPositionsOnce(): void {
  if (loaded) return
  loaded = true
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(SAVED_POSITIONS_KEY) ?? '[]')
    if (!Array.isArray(stored)) return
    for (const entry of stored) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1])) {
        savedPositions.set(entry[0], entry[1])
      }
    }
  } catch {
    // Unreadable or blocked storage: positions are kept for this page's life only.
  }
}

function savePosition(key: string, scrollY: number): void {
  savedPositions.delete(key)
  savedPositions.set(key, scrollY)
  for (const oldest of savedPositions.keys()) {
    if (savedPositions.size <= SAVED_POSITIONS_MAX) break
    savedPositions.delete(oldest)
  }
}

/** Only when the page goes away (a reload, another site) is storage written: never on a move inside the app. */
function persistSavedPositions(): void {
  try {
    window.sessionStorage.setItem(SAVED_POSITIONS_KEY, JSON.stringify([...savedPositions]))
  } catch {
    // Full or blocked storage: Back and Forward still work until the tab reloads.
  }
}

/** Whether this load returns to a page the tab has shown before (a reload, Back from another site), not a new visit. */
function isReturnToAnEarlierPage(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
  return navigation?.type === 'reload' || navigation?.type === 'back_forward'
}

// What ends the wait for a landed-on page to settle, unless the reader scrolls or acts on their own first.
const SETTLE_MS = 10_000

/**
 * Scroll on moving between pages inside the app: a new page opens at its top, or at the block its `#p-N` names; Back
 * and Forward return to where the reader was on that page.
 */
export function useScrollRestoration(): void {
  const location = useLocation()
  const navigationType = useNavigationType()
  const key = historyEntryKey(location)
  // The list selection moving or the hash changing makes a new history entry, but not a new page: no scrolling.
  const page = pageIdentity(location.pathname, location.search)
  const lastScrollY = useLastScrollY()
  const shown = useRef<{ key: string; page: string } | null>(null)

  useLayoutEffect(() => {
    loadSavedPositionsOnce()
    const saved = savedPositions.get(key)
    let stopKeeping: (() => void) | undefined
    if (shown.current?.key === key) {
      // The same entry rendered again (development's double effects): nothing moved.
    } else if (shown.current === null) {
      // The first page of a load. A reload keeps the reading position in the address's #p-N, but the browser does not
      // scroll a reloaded page to its fragment once scroll restoration is manual. A page without one (the list) goes
      // back to where it was, if the tab has been here before.
      stopKeeping = scrollToFragment(location.hash)
      if (!stopKeeping && saved !== undefined && isReturnToAnEarlierPage()) stopKeeping = scrollBackTo(saved)
    } else if (navigationType === 'POP' && saved !== undefined) {
      // Back or Forward, to another page or over a hash change alike: where the reader was on that entry.
      stopKeeping = scrollBackTo(saved)
    } else if (shown.current.page !== page) {
      stopKeeping = scrollToFragment(location.hash)
      if (!stopKeeping) {
        window.scrollTo(0, 0)
        // A page whose data is still on its way (an article a link led to, not prefetched) has not rendered it yet.
        stopKeeping = scrollToFragmentOnceRendered(location.hash)
      }
    }
    shown.current = { key, page }
    // Runs when the entry changes, before the new page can move the scroll position: keep where the reader left it.
    // Leaving the tab's page altogether (a reload, another site) counts as leaving this entry.
    const onPageHide = () => {
      savePosition(key, lastScrollY.current)
      persistSavedPositions()
    }
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      stopKeeping?.()
      savePosition(key, lastScrollY.current)
    }
  }, [key, page, navigationType, location.hash, lastScrollY])
}

/**
 * Scrolls to a position the reader left, and keeps it while the page settles: a page drawn afresh (after a reload of
 * another entry, say) may not be that long at first. Returns what stops that.
 */
function scrollBackTo(scrollY: number): () => void {
  const restore = () => window.scrollTo({ top: scrollY, behavior: 'instant' })
  restore()
  return keepWhileThePageSettles(restore)
}

/**
 * Brings the element the hash names into view and keeps it there while the page settles; returns what stops that, or
 * undefined when there is no such element.
 */
function scrollToFragment(hash: string): (() => void) | undefined {
  const target = hash.length > 1 ? document.getElementById(safeDecode(hash.slice(1))) : null
  // While the next page's data loads, the previous page stays in the document, hidden under the skeleton: its own
  // `#p-3` is not the one the link means.
  if (!target || target.getClientRects().length === 0) return undefined
  target.scrollIntoView()
  return keepWhileThePageSettles(() => target.scrollIntoView({ behavior: 'instant' }))
}

/**
 * Waits (up to SETTLE_MS, or until the page changes again) for the element the hash names to be rendered, then brings
 * it into view as `scrollToFragment` does; returns what stops that, or undefined when the hash names nothing.
 */
function scrollToFragmentOnceRendered(hash: string): (() => void) | undefined {
  if (hash.length <= 1) return undefined
  let stopKeeping: (() => void) | undefined
  const observer = new MutationObserver(() => {
    stopKeeping = scrollToFragment(hash)
    if (stopKeeping) stopWaiting()
  })
  const stopWaiting = () => {
    observer.disconnect()
    clearTimeout(timeout)
  }
  const timeout = setTimeout(stopWaiting, SETTLE_MS)
  observer.observe(document.body, { childList: true, subtree: true })
  return () => {
    stopWaiting()
    stopKeeping?.()
  }
}

/**
 * A place near the end of the page may not be reachable at first: the page is not yet as long as it will be once the
 * comments below have loaded (or, on the list, once the entries below the first screen are laid out). Until the reader
 * scrolls or acts on their own (or SETTLE_MS pass), each change in the page's size runs `scroll` again.
 */
function keepWhileThePageSettles(scroll: () => void): () => void {
  // Where this last put the page: a scroll anywhere else is the reader's (a scrollbar dragged, a script), and ends it.
  let keptAt = window.scrollY
  const observer = new ResizeObserver(() => {
    scroll()
    keptAt = window.scrollY
  })
  const onScroll = () => {
    if (Math.abs(window.scrollY - keptAt) > 1) stop()
  }
  const stop = () => {
    observer.disconnect()
    clearTimeout(timeout)
    window.removeEventListener('scroll', onScroll)
    stopListening()
  }
  const timeout = setTimeout(stop, SETTLE_MS)
  const stopListening = onFirstReaderInput(stop)
  window.addEventListener('scroll', onScroll, { passive: true })
  observer.observe(document.body)
  return stop
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Every entry this app pushed has its own key. The first page of every load shares the key "default", so it is told
 * apart by address: one tab's earlier visit to a page must not decide where a later one opens.
 */
function historyEntryKey(location: Location): string {
  return location.key === 'default' ? `default ${location.pathname}${location.search}` : location.key
}

/**
 * The scroll position as of the last scroll event. Read when leaving a page, the live value could already reflect the
 * next page's height; this one cannot. A scroll event reads a value the browser has just computed: no layout work.
 */
function useLastScrollY() {
  const lastScrollY = useRef(0)
  useEffect(() => {
    window.history.scrollRestoration = 'manual'
    lastScrollY.current = window.scrollY
    const remember = () => {
      lastScrollY.current = window.scrollY
    }
    window.addEventListener('scroll', remember, { passive: true })
    return () => window.removeEventListener('scroll', remember)
  }, [])
  return lastScrollY
}
