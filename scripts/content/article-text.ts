import type { Block, Inline } from '../../src/articles/article-schema.ts'

/** Reading speed in words per minute by primary language subtag; Indonesian words run longer than English ones. */
export const wordsPerMinute: Readonly<Record<string, number>> = { en: 230, id: 200 }
const defaultWordsPerMinute = 200

export const EXCERPT_LENGTH = 200

export function plainTextOf(inlines: readonly Inline[]): string {
  let text = ''
  for (const inline of inlines) {
    if (inline.type === 'text' || inline.type === 'code') text += inline.text
    else if (inline.type === 'break') text += ' '
    else text += plainTextOf(inline.children)
  }
  return text
}

/** Every word a reader reads in the body, block by block (image alt text is not read, so it is not counted). */
function bodyTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'paragraph':
        return [plainTextOf(block.content)]
      case 'heading':
        return [block.text]
      case 'quote':
        return block.paragraphs.map(plainTextOf)
      case 'list':
        return block.items.map(plainTextOf)
      default:
        return []
    }
  })
}

export function countWords(text: string): number {
  const matches = text.match(/\S+/g)
  return matches ? matches.length : 0
}

export function readingMinutesOf(blocks: readonly Block[], lang: string): number {
  const words = bodyTexts(blocks).reduce((sum, text) => sum + countWords(text), 0)
  const wpm = wordsPerMinute[lang.split('-')[0] ?? ''] ?? defaultWordsPerMinute
  return Math.max(1, Math.round(words / wpm))
}

/** Cuts at the last word boundary within `maxLength`, so a word is never chopped in half. */
export function truncateAtWord(text: string, maxLength = EXCERPT_LENGTH): string {
  const normalised = text.trim()
  if (normalised.length <= maxLength) return normalised
  const cut = normalised.slice(0, maxLength + 1)
  const boundary = cut.search(/\s\S*$/)
  const head = boundary > 0 ? cut.slice(0, boundary) : normalised.slice(0, maxLength)
  return `${head.replace(/[\s,;:–—-]+$/, '')}…`
}

/** The author's summary wins; otherwise the opening paragraph, shortened for the home list. */
export function excerptOf(blocks: readonly Block[], summary: string | undefined): string {
  if (summary !== undefined) return summary
  const first = blocks.find((block) => block.type === 'paragraph')
  return first ? truncateAtWord(plainTextOf(first.content)) : ''
}
