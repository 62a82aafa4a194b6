import { useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { pageIdentity } from '../keyboard/list-selection.ts'
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
    return afterNextPaint(() => {
      previousPage.current = page
      // Scroll is the router's job (top, a restored position, or a #p-N); focus must not move it.
      document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true })
      // React has already put the new page's <title> in place by the time effects run.
      setAnnouncement(document.title)
    })
  }, [page])

  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  )
}
