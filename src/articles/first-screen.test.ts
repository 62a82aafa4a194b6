import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Block, Inline } from './article-schema.ts'
import {
  FIRST_SCREEN_HEIGHTS_EM,
  firstScreenTiers,
  foldMark,
  SMALLEST_TEXT_SCALE,
  WIDEST_COLUMN_REM,
} from './first-screen.ts'

const text = (characters: number): Inline[] => [{ type: 'text', text: 'x'.repeat(characters) }]
const paragraph = (characters: number): Block => ({ type: 'paragraph', content: text(characters) })

// 142 characters fill the widest line (64 rem / (1.125 rem × 0.4)); a line is 2 rem, and 1.5 rem separates blocks.
const oneLine = paragraph(142)
const twoLines = paragraph(143)

describe('firstScreenTiers', () => {
  it('marks nothing in a short article', () => {
    expect(firstScreenTiers([oneLine, oneLine, oneLine])).toEqual([0, 0, 0])
    expect(firstScreenTiers([])).toEqual([])
  })

  it('marks a block once the least height above it reaches each screen height', () => {
    // One-line paragraphs are 3.5 rem apart: block n starts at 3.5 (n - 1) rem, or 3.28125 (n - 1) em at the
    // smallest text size. 60 em is reached by block 20 (62.3 em), 100 em by block 32, 160 em by block 50.
    const tiers = firstScreenTiers(Array.from({ length: 60 }, () => oneLine))
    expect(tiers.indexOf(1) + 1).toBe(20)
    expect(tiers.indexOf(2) + 1).toBe(32)
    expect(tiers.indexOf(3) + 1).toBe(50)
    expect(tiers.at(-1)).toBe(3)
  })

  it('counts a character past a full line as a second line', () => {
    // Two-line paragraphs are 5.5 rem apart (5.15625 em): 60 em is reached by block 13.
    expect(firstScreenTiers(Array.from({ length: 13 }, () => twoLines)).indexOf(1) + 1).toBe(13)
  })

  it('counts images and empty blocks as nothing, and a heading as one line', () => {
    const image: Block = { type: 'image', src: '/a.png', alt: '' }
    const withImages = firstScreenTiers(Array.from({ length: 60 }, (_, index) => (index % 2 ? image : oneLine)))
    const without = firstScreenTiers(Array.from({ length: 30 }, () => oneLine))
    // The images between the paragraphs change nothing: each paragraph has the tier it has without them.
    expect(withImages.filter((_, index) => index % 2 === 0)).toEqual(without)
    expect(firstScreenTiers([paragraph(0), paragraph(0), oneLine])).toEqual([0, 0, 0])
    const headings: Block[] = Array.from({ length: 20 }, () => ({ type: 'heading', level: 2, text: 'A long heading' }))
    expect(firstScreenTiers(headings)).toEqual(firstScreenTiers(Array.from({ length: 20 }, () => oneLine)))
  })

  it('counts every line of a quote and a list', () => {
    const quote: Block = { type: 'quote', paragraphs: [text(143), text(142)] }
    const list: Block = { type: 'list', ordered: false, items: [text(143), text(142)] }
    // Three lines each: 7.5 rem apart, like a paragraph of 3 × 142 characters.
    const asParagraphs = firstScreenTiers(Array.from({ length: 12 }, () => paragraph(3 * 142)))
    expect(firstScreenTiers(Array.from({ length: 12 }, () => quote))).toEqual(asParagraphs)
    expect(firstScreenTiers(Array.from({ length: 12 }, () => list))).toEqual(asParagraphs)
    expect(asParagraphs).toContain(1)
  })

  it('marks a block with the heights of the first screens it is below', () => {
    expect(foldMark(0)).toBeUndefined()
    expect(foldMark(1)).toBe('60')
    expect(foldMark(3)).toBe('60 100 160')
  })

  it('has a tier for each screen height, tallest last', () => {
    expect([...FIRST_SCREEN_HEIGHTS_EM]).toEqual([...FIRST_SCREEN_HEIGHTS_EM].sort((a, b) => a - b))
  })
})

describe('the sizes it assumes', () => {
  // If the stylesheets let text get smaller or lines longer than first-screen.ts assumes, a marked block could be on
  // the first screen and be painted at its estimated height: these fail first.
  const preferences = readFileSync(new URL('../preferences/preferences.css', import.meta.url), 'utf8')
  const body = readFileSync(new URL('./article-body.css', import.meta.url), 'utf8')

  it('are the smallest text size and the widest column a reader can pick', () => {
    const textScales = [...preferences.matchAll(/data-text-size="[\w-]+"\]\s*\{\s*font-size:\s*([\d.]+)%/g)].map(
      (match) => Number(match[1]) / 100,
    )
    expect(textScales.length).toBeGreaterThan(2)
    expect(Math.min(1, ...textScales)).toBe(SMALLEST_TEXT_SCALE)
    const widths = [...preferences.matchAll(/--reading-width:\s*([\d.]+)rem/g)].map((match) => Number(match[1]))
    expect(widths.length).toBeGreaterThan(1)
    expect(Math.max(...widths)).toBe(WIDEST_COLUMN_REM)
  })

  it('are the article text, its lines and the gap between paragraphs', () => {
    expect(body).toMatch(/\.article-body \{[^}]*font-size: 1\.125rem;\s*line-height: calc\(32 \/ 18\);/)
    expect(body).toMatch(/\.article-body :is\(p, ul, ol\) \{\s*margin-block: calc\(24em \/ 18\);/)
  })

  it('has a rule for each tier in the stylesheet', () => {
    for (const height of FIRST_SCREEN_HEIGHTS_EM) {
      expect(body).toMatch(
        new RegExp(`@media \\(max-height: ${height}em\\) \\{[^}]*\\[data-fold~="${height}"\\] > p \\{`),
      )
    }
  })
})
