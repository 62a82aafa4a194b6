import type { TextSpan } from './text-fragment.ts'

/**
 * The article as text-fragment code sees it: each body block's words (the block's content element, not its "#" anchor)
 * joined with "\n", plus the means to turn DOM ranges into offsets in that text and back.
 */
export interface ArticleText {
  text: string
  /** Each block's content element and where its text starts in `text`. */
  blocks: { content: Element; start: number; blockNumber: number }[]
}

export function readArticleText(article: Element): ArticleText {
  const blocks: ArticleText['blocks'] = []
  let text = ''
  for (const block of article.querySelectorAll<HTMLElement>('[data-block]')) {
    const content = block.firstElementChild
    if (!content) continue
    if (blocks.length > 0) text += '\n'
    blocks.push({ content, start: text.length, blockNumber: Number(block.dataset.block) })
    text += content.textContent ?? ''
  }
  return { text, blocks }
}

/** Where a DOM selection falls in the article text, clamped to the body blocks; null when it touches none. */
export function spanFromRange(articleText: ArticleText, range: Range): TextSpan | null {
  const touched = articleText.blocks.filter(({ content }) => range.intersectsNode(content))
  const first = touched[0]
  const last = touched.at(-1)
  if (!first || !last) return null
  const offsetIn = (content: Element, node: Node, offset: number) => {
    const before = document.createRange()
    before.setStart(content, 0)
    before.setEnd(node, offset)
    return before.toString().length
  }
  const start = first.content.contains(range.startContainer)
    ? first.start + offsetIn(first.content, range.startContainer, range.startOffset)
    : first.start
  const end = last.content.contains(range.endContainer)
    ? last.start + offsetIn(last.content, range.endContainer, range.endOffset)
    : last.start + (last.content.textContent?.length ?? 0)
  return end > start ? { start, end } : null
}

/** Where a block's text lies in the article text; null for no such block. */
export function blockSpan(articleText: ArticleText, blockNumber: number | null): TextSpan | null {
  const index = articleText.blocks.findIndex((block) => block.blockNumber === blockNumber)
  const block = articleText.blocks[index]
  if (!block) return null
  return { start: block.start, end: articleText.blocks[index + 1]?.start ?? articleText.text.length }
}

/** The DOM range for a span of the article text, and the block it starts in. */
export function rangeFromSpan(articleText: ArticleText, span: TextSpan): { range: Range; blockNumber: number } | null {
  const start = locate(articleText, span.start)
  const end = locate(articleText, span.end)
  if (!start || !end) return null
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return { range, blockNumber: start.blockNumber }
}

function locate(
  articleText: ArticleText,
  position: number,
): { node: Node; offset: number; blockNumber: number } | null {
  const block = articleText.blocks.findLast(({ start }) => start <= position)
  if (!block) return null
  let remaining = position - block.start
  const walker = document.createTreeWalker(block.content, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining, blockNumber: block.blockNumber }
    remaining -= node.length
    last = node
  }
  return last ? { node: last, offset: last.length, blockNumber: block.blockNumber } : null
}

/**
 * The page's rendered text before the article's first body block (site header, headline, byline, toolbar), one line per
 * element: a browser following a quote link searches it first, so the link must not match there.
 */
export function pageTextBefore(article: Element): string {
  const parts: string[] = []
  const firstBlock = article.querySelector('[data-block]')
  for (let node: Node | null = firstBlock; node && node !== document.body; node = node.parentNode) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      parts.unshift(renderedText(sibling))
    }
  }
  return parts.filter((part) => part.trim() !== '').join('\n')
}

function renderedText(node: Node): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the browser searches, not the DOM's
  if (node instanceof HTMLElement) return node.checkVisibility() ? node.innerText : ''
  return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : ''
}
