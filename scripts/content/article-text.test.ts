import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/articles/article-schema.ts'
import { excerptOf, readingMinutesOf, truncateAtWord } from './article-text.ts'

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const words = (count: number) => Array.from({ length: count }, () => 'kata').join(' ')

describe('excerptOf', () => {
  it('prefers the summary, else the first paragraph, skipping headings', () => {
    const blocks: Block[] = [{ type: 'heading', level: 2, text: 'Sub' }, paragraph('First.'), paragraph('Second.')]
    expect(excerptOf(blocks, 'Summary.')).toBe('Summary.')
    expect(excerptOf(blocks, undefined)).toBe('First.')
    expect(excerptOf([], undefined)).toBe('')
  })

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = `${'abcd '.repeat(39)}abcdefghij more words`
    const excerpt = truncateAtWord(text, 200)
    expect(excerpt).toBe(`${'abcd '.repeat(38)}abcd…`)
    expect(truncateAtWord('short text', 200)).toBe('short text')
    expect(truncateAtWord('one, two, three', 9)).toBe('one, two…')
  })
})

describe('readingMinutesOf', () => {
  it('divides words by the language reading speed, rounding, at least 1', () => {
    expect(readingMinutesOf([paragraph(words(400))], 'id')).toBe(2)
    expect(readingMinutesOf([paragraph(words(690))], 'en')).toBe(3)
    expect(readingMinutesOf([paragraph(words(690))], 'en-GB')).toBe(3)
    expect(readingMinutesOf([paragraph(words(690))], 'fr')).toBe(3)
    expect(readingMinutesOf([paragraph(words(1000))], 'fr')).toBe(5)
    expect(readingMinutesOf([], 'id')).toBe(1)
  })

  it('counts headings, quotes and list items too', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: words(100) },
      { type: 'quote', paragraphs: [[{ type: 'text', text: words(100) }]] },
      { type: 'list', ordered: false, items: [[{ type: 'strong', children: [{ type: 'text', text: words(200) }] }]] },
    ]
    expect(readingMinutesOf(blocks, 'id')).toBe(2)
  })
})
