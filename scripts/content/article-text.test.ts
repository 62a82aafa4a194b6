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

  it('cuts text with no space to cut at between whole characters, never inside an emoji or an accented letter', () => {
    // 199 letters, then an emoji of two UTF-16 units that a plain slice(0, 200) would cut in half.
    expect(truncateAtWord(`${'x'.repeat(199)}😀${'y'.repeat(20)}`, 200)).toBe(`${'x'.repeat(199)}…`)
    // A family emoji (several code points joined) and a letter with its combining accent stay whole or go together.
    expect(truncateAtWord(`${'x'.repeat(5)}👨‍👩‍👧${'y'.repeat(20)}`, 8)).toBe(`${'x'.repeat(5)}…`)
    expect(truncateAtWord(`${'x'.repeat(7)}e\u0301${'y'.repeat(20)}`, 8)).toBe(`${'x'.repeat(7)}…`)
    expect(truncateAtWord('東京都の天気は晴れのち曇りです', 6)).toBe('東京都の天気…')
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
