import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/articles/article-schema.ts'
import { errorMessageOf } from './content-fixtures.ts'
import { parseScrapedArticle } from './parse-scraped-article.ts'

const seedPath = new URL('../../content/articles/kim-jong-un-dukung-rusia-di-ukraina.txt', import.meta.url)
const seedText = await readFile(seedPath, 'utf8')
const seed = parseScrapedArticle(seedText, 'kim-jong-un-dukung-rusia-di-ukraina.txt')

function paragraphTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block.content.map((inline) => ('text' in inline ? inline.text : '\n')).join('')] : [],
  )
}

describe('parseScrapedArticle on the seed', () => {
  it('takes the headline from the first non-blank line, exactly', () => {
    expect(seed.title).toBe(
      "Pemimpin Korea Utara Kim Jong Un tegaskan kembali dukungan tanpa syarat terhadap 'semua' tindakan Rusia di Ukraina",
    )
  })

  it('finds 29 paragraphs and one subheading (33 non-blank lines minus headline and 2 chrome lines)', () => {
    const nonBlank = seedText
      .split('---\n')[2]
      ?.split('\n')
      .filter((line) => line.trim() !== '')
    expect(nonBlank).toHaveLength(33)
    expect(seed.blocks).toHaveLength(30)
    expect(seed.blocks.filter((block) => block.type === 'paragraph')).toHaveLength(29)
  })

  it('turns the lone short line into a level-2 heading in its place', () => {
    const headings = seed.blocks.filter((block) => block.type === 'heading')
    expect(headings).toEqual([{ type: 'heading', level: 2, text: 'Terintegrasi ke dalam perang Rusia' }])
    expect(seed.blocks[21]).toEqual(headings[0])
  })

  it('drops the trailing theme chrome and ends on the last real paragraph', () => {
    const texts = paragraphTexts(seed.blocks)
    expect(texts.some((text) => /Post a Comment|Previous Post/.test(text))).toBe(false)
    expect(texts.at(-1)).toBe(
      'Total sembilan orang tewas di Ukraina selama 24 jam terakhir, dan 23 orang lainnya terluka, menurut otoritas Ukraina.',
    )
  })

  it('keeps curly and straight quotes, dashes and inner spacing byte-exact', () => {
    const texts = paragraphTexts(seed.blocks)
    expect(texts).toContain(
      'Kementerian Luar Negeri Rusia mengunggah di X bahwa Putin mengirimkan \u201csalam hangatnya\u201d kepada Kim, \u201cdan menegaskan kembali komitmennya terhadap semua perjanjian sebelumnya.\u201d',
    )
    expect(texts.some((text) => text.includes('bertempur \u2013 dan tewas \u2013 bersama pasukan Rusia.'))).toBe(true)
    expect(texts.some((text) => text.includes('mendukung semua tindakan Rusia selama perang'))).toBe(true)
    expect(texts[0]).toContain('bahwa ia "tanpa syarat" mendukung')
    expect(texts.some((text) => text.endsWith('menurut pejabat Barat .'))).toBe(true)
    // Every paragraph appears verbatim in the file.
    for (const text of texts) expect(seedText).toContain(text)
  })

  it('reads the front matter', () => {
    expect(seed.frontMatter).toEqual({ date: '2025-07-13', lang: 'id', tags: [] })
  })
})

describe('parseScrapedArticle edge cases', () => {
  const parse = (text: string) => parseScrapedArticle(text, 'edge.txt')

  it('handles CRLF line endings and a BOM', () => {
    const article = parse('\uFEFFHeadline\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n')
    expect(article.title).toBe('Headline')
    expect(paragraphTexts(article.blocks)).toEqual(['First paragraph.', 'Second paragraph.'])
  })

  it('treats lines of no-break, figure, narrow, ideographic and zero-width spaces as blank', () => {
    const article = parse('Headline\n\u00A0\nOne.\n \u00A0 \nTwo.\n\u2007\u202F\nThree.\n\u3000\nFour.\n\u200B\nFive.')
    expect(paragraphTexts(article.blocks)).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.'])
  })

  it('skips leading blank lines and works without trailing chrome', () => {
    const article = parse('\n\n   \nHeadline\n\nOnly paragraph.')
    expect(article.title).toBe('Headline')
    expect(article.blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Only paragraph.' }] }])
  })

  it('joins the lines of one chunk with breaks and trims only line ends', () => {
    const article = parse('Headline\n\n  First line,  with  spaces  \nsecond line.\t\n')
    expect(article.blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'First line,  with  spaces' },
          { type: 'break' },
          { type: 'text', text: 'second line.' },
        ],
      },
    ])
  })

  it('drops every trailing chrome variant, case- and space-insensitively, but keeps the words mid-article', () => {
    const article = parse(
      'Headline\n\nPost a Comment\n\nBody.\n\nNEWER  POST\u00A0OLDER POST\nnext post previous post\n\n post a comment \n',
    )
    expect(article.blocks.map((block) => (block.type === 'heading' ? block.text : paragraphTexts([block])[0]))).toEqual(
      ['Post a Comment', 'Body.'],
    )
  })

  it('does not make a heading of a sentence, a long line, a line right after the headline or the last line', () => {
    const long = 'A'.repeat(80)
    const article = parse(
      `Headline\n\nSenin, 14 Juli 2025\n\nOne.\n\nShort sentence.\n\nTwo.\n\n${long}\n\nThree.\n\nShort end`,
    )
    expect(article.blocks).toHaveLength(7)
    expect(article.blocks.every((block) => block.type === 'paragraph')).toBe(true)
  })

  it('makes a heading of a short lone line between paragraphs, even with a closing bracket or digits', () => {
    const article = parse('Headline\n\nOne.\n\nApa kata mereka (2025)\n\nTwo.\n\nStill a sentence?”\n\nThree.')
    expect(article.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
  })

  it('reads every front matter field', () => {
    const article = parse(
      '---\ndate: 2025-07-13T08:30:00+07:00\nauthor: Siti\nsummary: A summary.\ntags: [a, b]\nlang: en\n---\nHeadline\n\nBody.',
    )
    expect(article.frontMatter).toEqual({
      date: '2025-07-13T08:30:00+07:00',
      author: 'Siti',
      summary: 'A summary.',
      tags: ['a', 'b'],
      lang: 'en',
    })
    expect(article.title).toBe('Headline')
  })

  it('refuses a title in the front matter, pointing at its line', async () => {
    const message = await errorMessageOf(() => parse('---\nlang: id\ntitle: Other\n---\nHeadline\n'))
    expect(message).toContain('edge.txt:3: a .txt article takes its headline from its first line')
  })

  it('fails on a file with no headline', async () => {
    expect(await errorMessageOf(() => parse(' \n\u00A0\n'))).toContain('edge.txt:1: no headline')
    expect(await errorMessageOf(() => parse('---\nlang: id\n---\n\n'))).toContain('edge.txt:4: no headline')
    expect(await errorMessageOf(() => parse('Post a Comment\n'))).toContain('edge.txt:1: no headline')
  })
})
