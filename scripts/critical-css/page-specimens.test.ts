import { describe, expect, it } from 'vitest'
import { blockSchema, type Inline, inlineSchema } from '../../src/articles/article-schema.ts'
import { FIRST_SCREEN_HEIGHTS_EM, firstScreenTiers } from '../../src/articles/first-screen.ts'
import { PAGE_KINDS, specimenBlocks, specimenInlines, specimensOf } from './page-specimens.ts'

// The content schema's own lists of types, so a new kind of block or inline fails here until the specimens show it.
const blockTypes = blockSchema.options.map((option) => option.entries.type.literal)
const inlineTypes = (inlineSchema as unknown as { getter: () => typeof blockSchema })
  .getter()
  .options.map((option) => option.entries.type.literal)

const inlineTypesIn = (inlines: Inline[]): string[] =>
  inlines.flatMap((inline) => ['children' in inline ? inlineTypesIn(inline.children) : [], inline.type].flat())

describe('page specimens', () => {
  it('show every kind of block the content schema allows', () => {
    expect(blockTypes.length).toBeGreaterThan(3)
    expect(new Set(specimenBlocks.map((block) => block.type))).toEqual(new Set(blockTypes))
  })

  it('show every kind of inline content, in a paragraph, a quote and a list', () => {
    expect(inlineTypes.length).toBeGreaterThan(3)
    expect(new Set(inlineTypesIn(specimenInlines))).toEqual(new Set(inlineTypes))
    const kinds = specimenBlocks.filter((block) =>
      block.type === 'paragraph'
        ? block.content === specimenInlines
        : 'items' in block
          ? block.items.includes(specimenInlines)
          : 'paragraphs' in block && block.paragraphs.includes(specimenInlines),
    )
    expect(new Set(kinds.map((block) => block.type))).toEqual(new Set(['paragraph', 'quote', 'list']))
  })

  it('have an article long enough to reach below every first screen the stylesheet knows', () => {
    const tiers = specimensOf('article').flatMap((specimen) =>
      'article' in specimen ? firstScreenTiers(specimen.article.blocks) : [],
    )
    for (let tier = 1; tier <= FIRST_SCREEN_HEIGHTS_EM.length; tier++) expect(tiers).toContain(tier)
  })

  it('exist for every kind of page the build prerenders', () => {
    for (const kind of PAGE_KINDS) expect(specimensOf(kind).length).toBeGreaterThan(0)
  })
})
