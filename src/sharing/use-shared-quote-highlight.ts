import { type RefObject, useEffect } from 'react'

/**
 * The quote link (`#:~:text=`) the reader is at, or null. Browsers hide the directive from `location`, but the
 * Navigation API's current entry keeps the URL as requested, also for a quote link opened in the same tab later (a move
 * within the page). The router's first replaceState drops it from that entry; the navigation timing entry keeps the URL
 * the browser loaded.
 */
function quoteLinkAt(url: string | null | undefined): string | null {
  return url?.includes(':~:') ? url : null
}

const landingUrl = () => performance.getEntriesByType('navigation')[0]?.name
const currentUrl = () => window.navigation?.currentEntry?.url

/**
 * Scrolls to and highlights the passage a shared quote link points at: the one that opened the article, then each one
 * opened after it in the same tab, each replacing the last. The code that finds it is fetched only when such a link is
 * opened, which is rare.
 */
export function useSharedQuoteHighlight(articleRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const article = articleRef.current
    if (!article) return
    const articlePath = window.location.pathname
    let shownLink: string | null = null
    let latest = 0
    let removeHighlight = () => {}
    const showQuote = (link: string | null) => {
      // A link to another page is that page's business; this article is on its way out.
      if (!link || link === shownLink || new URL(link).pathname !== articlePath) return
      shownLink = link
      const request = ++latest
      import('./quote-links.ts')
        .then(({ highlightSharedQuote }) => {
          if (request !== latest) return
          removeHighlight()
          removeHighlight = highlightSharedQuote(article, link)
        })
        // Without its code the browser's own text-fragment support still scrolls to the passage.
        .catch(() => {})
    }
    const showCurrentQuote = () => showQuote(quoteLinkAt(currentUrl()))
    showQuote(quoteLinkAt(currentUrl()) ?? quoteLinkAt(landingUrl()))
    window.navigation?.addEventListener('currententrychange', showCurrentQuote)
    return () => {
      latest = -1
      window.navigation?.removeEventListener('currententrychange', showCurrentQuote)
      removeHighlight()
    }
  }, [articleRef])
}
