/**
 * Which of an article's blocks are on screen, from one IntersectionObserver's reports, for the reading position
 * (use-reading-position-in-url.ts). Blocks are named by their position: 0-based, in document order (`#p-1` is at 0).
 */

/** Where a report puts a block: above the screen (-1), on it (0) or below it (1). */
export type ScreenSide = -1 | 0 | 1

export function screenSideOf(
  entry: Pick<IntersectionObserverEntry, 'isIntersecting' | 'boundingClientRect' | 'rootBounds'>,
): ScreenSide {
  if (entry.isIntersecting) return 0
  return entry.boundingClientRect.bottom <= (entry.rootBounds?.top ?? 0) ? -1 : 1
}

/** The part of IntersectionObserver a watch drives, by block position. */
export interface Watcher {
  observe(position: number): void
  unobserve(position: number): void
}

/** Which blocks are on screen, from the observer's reports; `settle` after each batch of them. */
export interface BlocksOnScreen {
  take(position: number, side: ScreenSide): void
  settle(): void
  /** At the end of a scroll: the screen may have moved without a watched block crossing an edge. */
  lookAgain(): void
  /** The blocks on screen, in document order. */
  onScreen(): number[]
  /** Whether some watched block has not had its first report yet, so the topmost one on screen is not known. */
  readonly awaitingReports: boolean
}

/**
 * Up to this many blocks the observer watches every one: each costs the browser a few microseconds a scrolled frame
 * (~8 at 4× CPU), under a millisecond here. Longer articles load the anchor watch (watched-blocks.ts), which watches
 * about 2√n of them; it stays out of the script every article's first view downloads.
 */
export const WATCH_EVERY_BLOCK_UP_TO = 100

/** Watches every block: for an article short enough that anchors would save nothing worth their code. */
export function watchEveryBlock(blockCount: number, watcher: Watcher): BlocksOnScreen {
  const onScreen = new Set<number>()
  const unreported = new Set<number>()
  for (let position = 0; position < blockCount; position++) {
    watcher.observe(position)
    unreported.add(position)
  }
  return {
    take(position, side) {
      unreported.delete(position)
      if (side === 0) onScreen.add(position)
      else onScreen.delete(position)
    },
    settle() {},
    lookAgain() {},
    onScreen: () => [...onScreen].sort((a, b) => a - b),
    get awaitingReports() {
      return unreported.size > 0
    },
  }
}
