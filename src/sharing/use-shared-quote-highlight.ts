import { type RefObject, useEffect } from 'react'
import { rangeFromSpan, readArticleText } from './article-text.ts'
import { findTextDirective, parseTextDirective } from './text-fragment.ts'

export const SHARED_QUOTE_HIGHLIGHT = 'shared-quote'

/**
 * A `#:~:text=` link that opened this article: browsers hide the directive from `location`, but the navigation entry
 * keeps the URL as requested. Only the page the browser loaded counts, not articles reached inside the app.
 */
function landingTextDirective() {
  const [entry] = performance.getEntriesByType('navigation')
  if (!entry || new URL(entry.name).pathname !== window.location.pathname) return null
  return parseTextDirective(entry.name)
}

/**
 * Scrolls to and highlights the passage a shared quote link points at, with the CSS Custom Highlight API, so the
 * passage stays marked after hydration whatever the browser's own text-fragment support does.
 */
export function useSharedQuoteHighlight(articleRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const article = articleRef.current
    const directive = landingTextDirective()
    if (!article || !directive) return
    const articleText = readArticleText(article)
    const [match] = findTextDirective(articleText.text, directive)
    const found = match && rangeFromSpan(articleText, match)
    if (!found) return
    article.querySelector(`[data-block="${found.blockNumber}"]`)?.scrollIntoView({ block: 'center' })
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
    CSS.highlights.set(SHARED_QUOTE_HIGHLIGHT, new Highlight(found.range))
    return () => {
      CSS.highlights.delete(SHARED_QUOTE_HIGHLIGHT)
    }
  }, [articleRef])
}
