import { hashForBlock } from '../articles/reading-position.ts'
import { blockAnchorId } from '../paths.ts'

/** The body blocks of the article on screen, in reading order (see ArticleBody: `[data-block]`, ids `p-N`). */
function bodyBlocks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('article [data-block]'))
}

/**
 * The block whose start the reader has reached: the last one whose top is at or above its scroll-snap line (the top of
 * the viewport plus its `scroll-margin-top`), and whether it sits exactly on that line. 0 means "above the first".
 */
export function currentBlock(): { block: number; aligned: boolean; blockCount: number } {
  const blocks = bodyBlocks()
  let block = 0
  let aligned = false
  for (const element of blocks) {
    const line = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0
    const offset = element.getBoundingClientRect().top - line
    if (offset > 2) break
    block = Number(element.dataset.block)
    aligned = offset >= -2
  }
  return { block, aligned, blockCount: blocks.length }
}

// A smooth scroll that lands where the page already is fires no `scrollend`: how long a jump may hold the position.
const LONGEST_JUMP_MS = 3000
let jumping = false

/**
 * Whether a smooth jump to a block is under way. The blocks it passes on the way are not where the reader is: the
 * reading-position tracker leaves the URL (already the destination's) and the remembered place alone until it ends.
 */
export const isJumping = () => jumping

function holdPositionUntilScrollEnds() {
  jumping = true
  const release = () => {
    jumping = false
    clearTimeout(timeout)
    window.removeEventListener('scrollend', release)
  }
  const timeout = setTimeout(release, LONGEST_JUMP_MS)
  window.addEventListener('scrollend', release)
}

/**
 * Puts block N at the top of the viewport (by default instantly: a keyboard step should not animate) and records it in
 * the URL hash with replaceState, keeping the router's history state so Back and scroll restoration still work. Focus
 * stays where it is. Block 0 means the top of the page, with no hash.
 */
export function goToBlock(blockNumber: number, behavior: ScrollBehavior = 'instant'): void {
  if (behavior === 'smooth') holdPositionUntilScrollEnds()
  if (blockNumber < 1) window.scrollTo({ top: 0, behavior })
  else document.getElementById(blockAnchorId(blockNumber))?.scrollIntoView({ block: 'start', behavior })
  const hash = hashForBlock(blockNumber < 1 ? null : blockNumber)
  if (window.location.hash === hash) return
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`)
}

/**
 * Runs `change` — one that reflows the article, such as a new text size or line width — and scrolls so the reader is
 * still as far into the block they were reading. Left alone, the scroll offset stays and the text moves under it: a
 * reader at paragraph 12 finds paragraph 5 after picking a larger size. A reader still looking at the headline stays
 * at the top of the page.
 */
export function keepingTheReadersPlace(change: () => void): void {
  const headline = document.querySelector('article h1')
  const blocks = bodyBlocks()
  const reading = blocks.find((block) => block.getBoundingClientRect().bottom > 0) ?? blocks.at(-1)
  if (!headline || headline.getBoundingClientRect().bottom > 0 || !reading) {
    change()
    return
  }
  const before = reading.getBoundingClientRect()
  const shareAbove = before.top < 0 && before.height > 0 ? -before.top / before.height : 0
  change()
  const after = reading.getBoundingClientRect()
  const wantedTop = before.top < 0 ? -shareAbove * after.height : before.top
  window.scrollBy({ top: after.top - wantedTop, behavior: 'instant' })
}
