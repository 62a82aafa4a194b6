/**
 * Which of an article's blocks the reading-position observer needs to watch. Watching all of them costs the browser
 * an intersection computation per block on every scrolled frame (~3 ms a frame at 4× CPU for a 20,000-word article's
 * 368 blocks), so it watches a few anchors all the time, and the blocks between two anchors only where the screen is.
 *
 * Blocks follow each other down the page, whatever their heights. So while some watched block is on screen, every
 * earlier anchor that is not is above the screen and every later one below it, and the blocks that can be on screen
 * are those between the two. When no watched block is on screen (the reader jumped into a stretch between two anchors,
 * or is above or below the article), the anchors' sides tell where the screen is: but an observer reports a block only
 * when it enters or leaves the screen, not when a jump carries it from below to above, so the anchors are then watched
 * afresh, which makes the observer report each one's side as it is now. No layout is read.
 *
 * Blocks are named by their position: 0-based, in document order (block `#p-1` is at 0). Only articles longer than
 * `WATCH_EVERY_BLOCK_UP_TO` blocks load this (blocks-on-screen.ts watches every block of the others).
 */
import type { BlocksOnScreen, ScreenSide, Watcher } from './blocks-on-screen.ts'

/**
 * Every how many blocks one is an anchor. With n blocks and a stride of s the observer watches about n/s anchors and
 * up to 2s blocks between the two around the screen; √n keeps that sum smallest (~60 of 368 blocks).
 */
export function anchorStride(blockCount: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(blockCount)))
}

/**
 * Keeps an observer on an article's anchors and on the blocks between the two around the screen, moving the second set
 * with the reports that come in.
 */
export class BlockWatch implements BlocksOnScreen {
  readonly #blockCount: number
  readonly #stride: number
  readonly #watcher: Watcher
  readonly #anchorSides = new Map<number, ScreenSide>()
  /** Watched blocks whose last report put them on screen. */
  readonly #onScreen = new Set<number>()
  /** Blocks watched but not reported yet. */
  readonly #unreported = new Set<number>()
  // The blocks watched between the anchors: from `#from` to `#to`, inclusive (none while `#to < #from`).
  #from = 0
  #to = -1
  #lostSight = false

  constructor(blockCount: number, watcher: Watcher) {
    this.#blockCount = blockCount
    this.#stride = anchorStride(blockCount)
    this.#watcher = watcher
  }

  /** Watches the anchors; the blocks between them follow once the anchors' first reports say where the screen is. */
  start(): void {
    for (let position = 0; position < this.#blockCount; position += this.#stride) this.#watch(position)
  }

  /**
   * Takes one report. A report about a block no longer watched (queued before it was let go) says nothing about where
   * it is now, and is dropped.
   */
  take(position: number, side: ScreenSide): void {
    const anchor = position % this.#stride === 0
    if (!anchor && (position < this.#from || position > this.#to)) return
    this.#unreported.delete(position)
    if (anchor) this.#anchorSides.set(position, side)
    if (side === 0) this.#onScreen.add(position)
    else if (this.#onScreen.delete(position) && this.#onScreen.size === 0) this.#lostSight = true
  }

  /**
   * After a batch of reports: watches the blocks that can be on screen now and lets the others go. If the watched
   * blocks on screen have just all left it and none has come in, asks the anchors where they are instead, and moves
   * nothing until they answer.
   */
  settle(): void {
    const lostSight = this.#lostSight
    this.#lostSight = false
    if (lostSight && this.#onScreen.size === 0) {
      this.lookAgain()
      return
    }
    const stride = this.#stride
    let from = 0
    let to = this.#blockCount - 1
    if (this.#onScreen.size > 0) {
      // After the anchor before the first block on screen, before the anchor after the last: both are off screen.
      const first = Math.min(...this.#onScreen)
      from = first === 0 ? 0 : Math.floor((first - 1) / stride) * stride + 1
      to = Math.min(to, (Math.floor(Math.max(...this.#onScreen) / stride) + 1) * stride - 1)
    } else {
      // After the last anchor above the screen, before the first below it.
      for (let position = 0; position < this.#blockCount; position += stride) {
        const side = this.#anchorSides.get(position)
        if (side === -1) from = position + 1
        else if (side === 1) {
          to = position - 1
          break
        }
      }
    }
    this.#watchBetweenAnchors(from, Math.max(to, from - 1))
  }

  /**
   * When no watched block is on screen, watches the anchors afresh so the observer reports where each one is now (a
   * jump may have carried them past the screen without a report). For the end of a scroll, which may have landed
   * between two anchors without any watched block crossing an edge.
   */
  lookAgain(): void {
    if (this.#onScreen.size > 0) return
    for (let position = 0; position < this.#blockCount; position += this.#stride) {
      this.#watcher.unobserve(position)
      this.#watch(position)
    }
  }

  onScreen(): number[] {
    return [...this.#onScreen].sort((a, b) => a - b)
  }

  get awaitingReports(): boolean {
    return this.#unreported.size > 0
  }

  #watchBetweenAnchors(from: number, to: number): void {
    for (let position = this.#from; position <= this.#to; position++) {
      if (position % this.#stride === 0 || (position >= from && position <= to)) continue
      this.#watcher.unobserve(position)
      this.#unreported.delete(position)
      // Outside the range it cannot be on screen.
      this.#onScreen.delete(position)
    }
    for (let position = from; position <= to; position++) {
      if (position % this.#stride !== 0 && (position < this.#from || position > this.#to)) this.#watch(position)
    }
    this.#from = from
    this.#to = to
  }

  #watch(position: number): void {
    this.#watcher.observe(position)
    this.#unreported.add(position)
  }
}
