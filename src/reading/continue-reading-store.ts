import * as v from 'valibot'

/**
 * Where the reader left each article, in localStorage under one key: `{ [slug]: { block, savedAt } }`. This is the
 * reader's own history, so it is never put in a link. Unreadable data counts as "nothing remembered".
 */

const STORAGE_KEY = 'warta:continue-reading'
// Enough for a reader's recent articles; the oldest go first so the entry never grows without bound.
const MAX_REMEMBERED = 50

const positionsSchema = v.record(
  v.string(),
  v.object({
    block: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    savedAt: v.pipe(v.number(), v.minValue(0)),
  }),
)
type Positions = v.InferOutput<typeof positionsSchema>

function readPositions(): Positions {
  try {
    const parsed = v.safeParse(positionsSchema, JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}'))
    return parsed.success ? parsed.output : {}
  } catch {
    return {}
  }
}

function writePositions(positions: Positions): void {
  const newest = Object.entries(positions)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_REMEMBERED)
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(newest)))
  } catch {
    // Full or disabled storage: the reader only loses the offer to continue.
  }
}

export function rememberedBlock(slug: string): number | null {
  return readPositions()[slug]?.block ?? null
}

/** Saves `block` for `slug`, or forgets the article when `block` is null (back at the top, or finished). */
export function rememberBlock(slug: string, block: number | null): void {
  const positions = readPositions()
  if (block === null) {
    if (!(slug in positions)) return
    delete positions[slug]
  } else {
    if (positions[slug]?.block === block) return
    positions[slug] = { block, savedAt: Date.now() }
  }
  writePositions(positions)
}

/**
 * The block worth offering next time, given the topmost block on screen: nothing near the top (the reader has barely
 * started) and nothing once the end of the article is on screen (the reader has finished).
 */
export function blockWorthRemembering(position: {
  topBlock: number | null
  blockCount: number
  endVisible: boolean
}): number | null {
  const { topBlock, blockCount, endVisible } = position
  if (topBlock === null || endVisible || topBlock <= 2 || topBlock > blockCount) return null
  return topBlock
}
