import { type RefObject, useEffect } from 'react'

/**
 * The quote link (`#:~:text=`) that opened this article, or null: browsers hide the directive from `location`, but the
 * navigation entry keeps the URL as requested. Only the page the browser loaded counts, not articles reached inside
 * the app.
 */
function landingQuoteLink(): string | null {
  const [entry] = performance.getEntriesByType('navigation')
  if (!entry || new URL(entry.name).pathname !== window.location.pathname) return null
  return entry.name.includes(':~:') ? entry.name : null
}

/**
 * Scrolls to and highlights the passage a shared quote link points at. The code that finds it is fetched only when
 * such a link opened the page, which is rare.
 */
export function useSharedQuoteHighlight(articleRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const article = articleRef.current
    const link = landingQuoteLink()
    if (!article || !link) return
    let cancelled = false
    let removeHighlight = () => {}
    import('./quote-links.ts')
      .then(({ highlightSharedQuote }) => {
        if (!cancelled) removeHighlight = highlightSharedQuote(article, link)
      })
      // Without its code the browser's own text-fragment support still scrolls to the passage.
      .catch(() => {})
    return () => {
      cancelled = true
      removeHighlight()
    }
  }, [articleRef])
}
