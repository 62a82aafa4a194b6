import { blockNumberFromHash } from '../articles/reading-position.ts'
import { blockSpan, pageTextBefore, rangeFromSpan, readArticleText, spanFromRange } from './article-text.ts'
import { articleShareUrl } from './article-url.ts'
import {
  buildTextDirective,
  findTextDirectivePreferring,
  formatTextDirective,
  parseTextDirective,
} from './text-fragment.ts'

/**
 * Quote links (`#p-N:~:text=…`): building one from the reader's selection, and marking the passage one points at. A
 * chunk of its own, fetched on the first selection in an article or when a quote link opened the page: most readers
 * do neither.
 */

export const SHARED_QUOTE_HIGHLIGHT = 'shared-quote'

/** A text-fragment link to the passage `range` selects in `article`, or null when it holds no body text. */
export function quoteUrlFor(article: Element, range: Range, slug: string): string | null {
  const articleText = readArticleText(article)
  const span = spanFromRange(articleText, range)
  const block = span && articleText.blocks.findLast(({ start }) => start <= span.start)
  if (!span || !block) return null
  // Browsers search the whole page from the top, headline included: the directive must not match anything before.
  const before = `${pageTextBefore(article)}\n`
  const directive = buildTextDirective(before + articleText.text, {
    start: before.length + span.start,
    end: before.length + span.end,
  })
  if (!directive) return null
  // The paragraph anchor comes first: browsers without text fragments still land on the right paragraph.
  return `${articleShareUrl(slug)}#p-${block.blockNumber}${formatTextDirective(directive)}`
}

/**
 * Scrolls to and highlights the passage the quote link `url` points at, with the CSS Custom Highlight API, so it stays
 * marked after hydration whatever the browser's own text-fragment support does. Returns what removes the highlight.
 */
export function highlightSharedQuote(article: Element, url: string): () => void {
  const directive = parseTextDirective(url)
  if (!directive) return () => {}
  const articleText = readArticleText(article)
  const hash = new URL(url.split(':~:')[0] ?? '', window.location.href).hash
  const hintedBlock = blockSpan(articleText, blockNumberFromHash(hash, articleText.blocks.length))
  const match = findTextDirectivePreferring(articleText.text, directive, hintedBlock)
  const found = match && rangeFromSpan(articleText, match)
  if (!found) return () => {}
  article.querySelector(`[data-block="${found.blockNumber}"]`)?.scrollIntoView({ block: 'center' })
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => {}
  const highlight = new Highlight(found.range)
  CSS.highlights.set(SHARED_QUOTE_HIGHLIGHT, highlight)
  return () => {
    // Only this link's highlight: a later link's may have replaced it.
    if (CSS.highlights.get(SHARED_QUOTE_HIGHLIGHT) === highlight) CSS.highlights.delete(SHARED_QUOTE_HIGHLIGHT)
  }
}
