import { useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { pageIdentity } from '../keyboard/list-selection.ts'
import { routeAnnouncerId } from '../paths.ts'
import { afterNextPaint } from '../ui/after-paint.ts'

/**
 * After a client-side move to another page, puts focus on the new page's `h1` (so the next Tab starts there, as on a
 * full page load) and announces its title in a polite live region. Not on the first load, where the browser already
 * does both, and not when only the hash or the list selection changes: the reader is still on the same page.
 */
export function RouteAnnouncer() {
  const { pathname, search } = useLocation()
  const page = pageIdentity(pathname, search)
  const previousPage = useRef(page)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    if (previousPage.current === page) return
    // After the new page's first paint, as on a full page load: focusing makes the browser bring style and layout up
    // to date on the spot, and the announcement is another render, neither of which the reader should wait for.
    let stopWaiting = () => {}
    const cancelPaintWait = afterNextPaint(() => {
      previousPage.current = page
      stopWaiting = whenHeadingShown((heading) => {
        // Scroll is the router's job (top, a restored position, or a #p-N); focus must not move it.
        heading.focus({ preventScroll: true })
        // React puts the new page's <title> in place in the same commit as its heading.
        setAnnouncement(document.title)
      })
    })
    return () => {
      cancelPaintWait()
      stopWaiting()
    }
  }, [page])

  return (
    <div id={routeAnnouncerId} className="sr-only" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  )
}

/**
 * Calls `shown` with the page's `h1` as soon as there is one: at once for a page whose data was held, or when the data
 * arrives and replaces the loading skeleton (which has no heading; the page it covers stays in the DOM, hidden, until
 * then, so only a visible heading counts). Returns a function that stops waiting.
 */
function whenHeadingShown(shown: (heading: HTMLElement) => void): () => void {
  const main = document.querySelector('main')
  const heading = () =>
    [...(main?.querySelectorAll<HTMLElement>('h1') ?? [])].find((candidate) => candidate.checkVisibility()) ?? null
  const now = heading()
  if (now || !main) {
    if (now) shown(now)
    return () => {}
  }
  const observer = new MutationObserver(() => {
    const arrived = heading()
    if (!arrived) return
    observer.disconnect()
    shown(arrived)
  })
  observer.observe(main, { childList: true, subtree: true })
  return () => observer.disconnect()
}
