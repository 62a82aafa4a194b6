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
 */

/** Where a watched block is, as its last intersection report said. */
export type ScreenSide = 'above' | 'on screen' | 'below'

/** Positions are 0-based indexes into the article's blocks in document order (block `#p-1` is at 0). */
export interface PositionRange {
  from: number
  /** Inclusive; `to < from` for an empty range. */
  to: number
}

/**
 * Every how many blocks one is an anchor. With n blocks and a stride of s the observer watches about n/s anchors and
 * up to 2s blocks between the two around the screen; √n keeps that sum smallest (~55 of 368 blocks).
 */
export function anchorStride(blockCount: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(blockCount)))
}

export function isAnchor(position: number, stride: number): boolean {
  return position % stride === 0
}

/**
 * The blocks that can be on screen while none of the watched ones is: after the last anchor known to be above it,
 * before the first known to be below. An anchor whose side is not known narrows nothing.
 */
export function positionsThatCanBeOnScreen(
  blockCount: number,
  stride: number,
  sideOfAnchor: (position: number) => ScreenSide | undefined,
): PositionRange {
  let from = 0
  let to = blockCount - 1
  for (let position = 0; position < blockCount; position += stride) {
    const side = sideOfAnchor(position)
    if (side === 'above') from = position + 1
    else if (side === 'below') {
      to = position - 1
      break
    }
  }
  return { from, to: Math.max(to, from - 1) }
}

/**
 * The blocks that can be on screen while the watched blocks from `first` to `last` (positions) are: those after the
 * anchor before `first` and before the anchor after `last`, which are not on screen and so are above and below it.
 */
export function positionsAround(first: number, last: number, blockCount: number, stride: number): PositionRange {
  const from = first === 0 ? 0 : Math.floor((first - 1) / stride) * stride + 1
  const to = Math.min(blockCount - 1, (Math.floor(last / stride) + 1) * stride - 1)
  return { from, to }
}

/** The side of the screen an intersection report puts its target on; undefined for a target with no box. */
export function screenSideOf(
  entry: Pick<IntersectionObserverEntry, 'isIntersecting' | 'boundingClientRect' | 'rootBounds'>,
): ScreenSide | undefined {
  if (entry.isIntersecting) return 'on screen'
  const box = entry.boundingClientRect
  if (box.width === 0 && box.height === 0) return undefined
  const screenTop = entry.rootBounds?.top ?? 0
  return box.bottom <= screenTop ? 'above' : 'below'
}

/** The part of IntersectionObserver that BlockWatch drives (a plain object in unit tests). */
export interface Watcher<Target> {
  observe(target: Target): void
  unobserve(target: Target): void
}

/**
 * Keeps an observer on an article's anchors and on the blocks between the two around the screen, moving the second set
 * with the reports that come in.
 */
export class BlockWatch<Target> {
  readonly #blocks: readonly Target[]
  readonly #watcher: Watcher<Target>
  readonly #stride: number
  readonly #positionOf: Map<Target, number>
  readonly #anchorSides = new Map<number, ScreenSide>()
  /** Watched blocks whose last report put them on screen. */
  readonly #onScreen = new Set<number>()
  readonly #awaitingFirstReport = new Set<Target>()
  #between: PositionRange = { from: 0, to: -1 }
  #lostSight = false

  constructor(blocks: readonly Target[], watcher: Watcher<Target>) {
    this.#blocks = blocks
    this.#watcher = watcher
    this.#stride = anchorStride(blocks.length)
    this.#positionOf = new Map(blocks.map((block, position) => [block, position]))
  }

  /** Watches the anchors; the blocks between them follow once the anchors' first reports say where the screen is. */
  start(): void {
    this.#forEachAnchor((block) => this.#watch(block))
  }

  /**
   * Takes one report about a block. A report about a block no longer watched (queued before it was let go) says
   * nothing about where it is now, and is dropped.
   */
  take(block: Target, side: ScreenSide | undefined): void {
    const position = this.#positionOf.get(block)
    if (position === undefined) return
    const anchor = isAnchor(position, this.#stride)
    if (!anchor && (position < this.#between.from || position > this.#between.to)) return
    this.#awaitingFirstReport.delete(block)
    if (anchor) {
      if (side) this.#anchorSides.set(position, side)
      else this.#anchorSides.delete(position)
    }
    if (side === 'on screen') this.#onScreen.add(position)
    else if (this.#onScreen.delete(position) && this.#onScreen.size === 0) this.#lostSight = true
  }

  /**
   * After a batch of reports: watches the blocks that can be on screen now and stops watching the others. If the
   * watched blocks on screen have just all left it and none has come in, asks the anchors where they are instead, and
   * moves nothing until they answer.
   */
  settle(): void {
    const lostSight = this.#lostSight
    this.#lostSight = false
    if (lostSight && this.#onScreen.size === 0) {
      this.lookAgain()
      return
    }
    this.#watchBetween(
      this.#onScreen.size > 0
        ? positionsAround(Math.min(...this.#onScreen), Math.max(...this.#onScreen), this.#blocks.length, this.#stride)
        : positionsThatCanBeOnScreen(this.#blocks.length, this.#stride, (position) => this.#anchorSides.get(position)),
    )
  }

  /**
   * When no watched block is on screen, watches the anchors afresh so the observer reports where each one is now (a
   * jump may have carried them past the screen without a report). For the end of a scroll, which may have landed
   * between two anchors without any watched block crossing an edge.
   */
  lookAgain(): void {
    if (this.#onScreen.size > 0) return
    this.#forEachAnchor((block) => {
      this.#watcher.unobserve(block)
      this.#watch(block)
    })
  }

  /** The blocks on screen, in document order, as the last reports left them. */
  blocksOnScreen(): Target[] {
    return [...this.#onScreen].sort((a, b) => a - b).flatMap((position) => this.#blocks[position] ?? [])
  }

  /** Whether some watched block has not had its first report yet, so the topmost one on screen is not known. */
  get awaitingReports(): boolean {
    return this.#awaitingFirstReport.size > 0
  }

  #watchBetween(next: PositionRange): void {
    const previous = this.#between
    this.#between = next
    this.#forEachBetweenAnchors(previous, (block, position) => {
      if (position >= next.from && position <= next.to) return
      this.#watcher.unobserve(block)
      this.#awaitingFirstReport.delete(block)
      // Outside the range it cannot be on screen.
      this.#onScreen.delete(position)
    })
    this.#forEachBetweenAnchors(next, (block, position) => {
      if (position < previous.from || position > previous.to) this.#watch(block)
    })
  }

  #watch(block: Target): void {
    this.#watcher.observe(block)
    this.#awaitingFirstReport.add(block)
  }

  #forEachAnchor(action: (block: Target) => void): void {
    for (let position = 0; position < this.#blocks.length; position += this.#stride) {
      const block = this.#blocks[position]
      if (block !== undefined) action(block)
    }
  }

  #forEachBetweenAnchors(range: PositionRange, action: (block: Target, position: number) => void): void {
    for (let position = range.from; position <= range.to; position++) {
      const block = this.#blocks[position]
      if (block !== undefined && !isAnchor(position, this.#stride)) action(block, position)
    }
  }
}
