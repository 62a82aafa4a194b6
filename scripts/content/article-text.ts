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
  const head = boundary > 0 ? cut.slice(0, boundary) : wholeCharactersUpTo(normalised, maxLength)
  return `${head.replace(/[\s,;:–—-]+$/, '')}…`
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * The longest start of `text` within `maxLength` UTF-16 units that ends between two characters as a reader sees them:
 * a plain slice could end inside an emoji (half a surrogate pair, which shows as a broken character) or split a letter
 * from its accent. For text with no space to cut at: Thai, Japanese, a long address.
 */
function wholeCharactersUpTo(text: string, maxLength: number): string {
  let end = 0
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > maxLength) break
    end = index + segment.length
  }
  return text.slice(0, end)
}

/** The author's summary wins; otherwise the opening paragraph, shortened for the home list. */
export function excerptOf(blocks: readonly Block[], summary: string | undefined): string {
  if (summary !== undefined) return summary
  const first = blocks.find((block) => block.type === 'paragraph')
  return first ? truncateAtWord(plainTextOf(first.content)) : ''
}
