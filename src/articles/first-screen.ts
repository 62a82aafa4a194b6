import type { Block, Inline } from './article-schema.ts'
import { inlineText } from './inline-content.tsx'

/**
 * Which body blocks cannot be on the first screen, however the page is read: the prerendered page marks their
 * paragraphs so the browser leaves them unlaid-out until the reader nears them (`content-visibility: auto`,
 * article-body.css), and the first paint only lays out what it shows. The app takes the marks off right after
 * hydration, so everything that measures the page (scroll restoration, keyboard steps, quote links) sees it whole.
 *
 * A block is below the first screen of a viewport when even the shortest the page can make everything above it is
 * taller than that viewport. Sizes here are lower bounds, in rem (the root font size):
 * - the article body is counted from the top of the page, ignoring the site header and the headline above it;
 * - a line holds at most as many characters as the widest column could fit at 0.4 em each (running text measured
 *   0.46–0.52 em per character in this box's sans-serif fonts, 0.42 in a Times-like serif), and a block's forced
 *   line breaks are not counted;
 * - images count for nothing (they may not load), and a heading for one line;
 * - between two blocks, one paragraph margin, the smallest of them.
 *
 * The screen heights are compared in the media query's em, the browser's default font size, which the reader's
 * smallest text size scales down: a block's top in em is its top in rem times that scale.
 */

/** The viewport heights, in em, that the marks are for: a block gets the tier of the tallest one it is below. */
export const FIRST_SCREEN_HEIGHTS_EM = [60, 100, 160] as const
export type FoldTier = 0 | 1 | 2 | 3

/** The widest reading column (`data-line-width="wide"`), in rem. preferences.css; checked by first-screen.test.ts. */
export const WIDEST_COLUMN_REM = 64
/** The smallest text size a reader can pick (`data-text-size="small"`), as a share of the browser's default. */
export const SMALLEST_TEXT_SCALE = 0.9375
/** Body text: 18 px on 32 px lines, 24 px between paragraphs, at the default size (article-body.css). */
const TEXT_REM = 1.125
const LINE_REM = 2
const GAP_REM = 1.5
const NARROWEST_CHARACTER_EM = 0.4
const MOST_CHARACTERS_PER_LINE = Math.floor(WIDEST_COLUMN_REM / (TEXT_REM * NARROWEST_CHARACTER_EM))

/**
 * The least height, in rem, of runs of text stacked with nothing counted between them: a paragraph's one run, a quote's
 * paragraphs, a list's items.
 */
const leastTextHeightRem = (runs: Inline[][]) =>
  runs.reduce((sum, run) => sum + Math.ceil(inlineText(run).trim().length / MOST_CHARACTERS_PER_LINE) * LINE_REM, 0)

/** The least height a block can take, in rem, without the margin after it. */
function leastHeightRem(block: Block): number {
  switch (block.type) {
    case 'paragraph':
      return leastTextHeightRem([block.content])
    case 'heading':
      return block.text.trim() ? LINE_REM : 0
    case 'quote':
      return leastTextHeightRem(block.paragraphs)
    case 'list':
      return leastTextHeightRem(block.items)
    case 'image':
      return 0
  }
}

/**
 * The `data-fold` mark for a block of this tier: the screen heights (em) whose first screen it is below, such as
 * "60 100", which the stylesheet matches word by word (`[data-fold~="100"]`). None for a block that may be on one.
 */
export function foldMark(tier: FoldTier): string | undefined {
  return tier > 0 ? FIRST_SCREEN_HEIGHTS_EM.slice(0, tier).join(' ') : undefined
}

/** For each block, how many of FIRST_SCREEN_HEIGHTS_EM its top is sure to be below (0: it may be on a first screen). */
export function firstScreenTiers(blocks: readonly Block[]): FoldTier[] {
  let topRem = 0
  return blocks.map((block) => {
    const topEm = topRem * SMALLEST_TEXT_SCALE
    const tier = FIRST_SCREEN_HEIGHTS_EM.filter((height) => topEm >= height).length as FoldTier
    const height = leastHeightRem(block)
    topRem += height > 0 ? height + GAP_REM : 0
    return tier
  })
}
