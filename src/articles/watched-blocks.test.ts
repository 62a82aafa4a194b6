import { describe, expect, it } from 'vitest'
import type { ScreenSide } from './blocks-on-screen.ts'
import { anchorStride, BlockWatch } from './watched-blocks.ts'

describe('anchorStride', () => {
  it('is the square root of the block count, rounded up, and at least 1', () => {
    expect(anchorStride(0)).toBe(1)
    expect(anchorStride(1)).toBe(1)
    expect(anchorStride(30)).toBe(6)
    expect(anchorStride(36)).toBe(6)
    expect(anchorStride(368)).toBe(20)
  })
})

describe('BlockWatch', () => {
  /**
   * 30 blocks, an observer that records what is watched, and a page whose screen shows the blocks from `first` to
   * `last` (positions).
   */
  function setUp() {
    const watched = new Set<number>()
    let screen = { first: 0, last: 1 }
    const sideOf = (position: number): ScreenSide => (position < screen.first ? -1 : position > screen.last ? 1 : 0)
    /** Where the observer stands after each frame: what it reports and which side it last reported for each block. */
    const reported = new Map<number, ScreenSide>()
    const observe = (block: number) => {
      watched.add(block)
      reported.delete(block)
    }
    const unobserve = (block: number) => {
      watched.delete(block)
      reported.delete(block)
    }
    const blockWatch = new BlockWatch(30, { observe, unobserve })
    /**
     * One frame of a real IntersectionObserver: a block is reported when it is new to the observer or has entered or
     * left the screen since its last report (not when it went from below to above without being on screen).
     */
    const frame = () => {
      let any = false
      for (const block of [...watched].sort((a, b) => a - b)) {
        const side = sideOf(block)
        const last = reported.get(block)
        const changed = last === undefined || (last === 0) !== (side === 0)
        if (!changed) continue
        reported.set(block, side)
        blockWatch.take(block, side)
        any = true
      }
      if (any) blockWatch.settle()
      return any
    }
    /** Frames until the observer has nothing more to report. */
    const settleDown = () => {
      for (let frames = 0; frames < 10; frames++) if (!frame()) return
      throw new Error('the observer never settled')
    }
    const showScreen = (first: number, last: number) => {
      screen = { first, last }
      settleDown()
    }
    const watchedPositions = () => [...watched].sort((a, b) => a - b)
    return { blockWatch, watchedPositions, showScreen, settleDown }
  }

  it('starts with the anchors only, then watches the blocks between the two around the screen', () => {
    const { blockWatch, watchedPositions, settleDown } = setUp()
    blockWatch.start()
    expect(watchedPositions()).toEqual([0, 6, 12, 18, 24])
    expect(blockWatch.awaitingReports).toBe(true)
    settleDown()
    expect(blockWatch.awaitingReports).toBe(false)
    expect(watchedPositions()).toEqual([0, 1, 2, 3, 4, 5, 6, 12, 18, 24])
    expect(blockWatch.onScreen()).toEqual([0, 1])
  })

  it('follows a reader who scrolls down block by block, watching few blocks at a time', () => {
    const { blockWatch, watchedPositions, showScreen } = setUp()
    blockWatch.start()
    for (let first = 0; first < 28; first++) {
      showScreen(first, first + 2)
      expect(blockWatch.onScreen()).toEqual([first, first + 1, first + 2])
      expect(watchedPositions().length).toBeLessThanOrEqual(5 + 12)
    }
  })

  it.each([
    ['onto an anchor', 12, 13],
    ['into a stretch between two anchors that are both off screen', 20, 22],
    ['next to an anchor', 7, 8],
    ['to the end', 27, 29],
  ])('finds the screen after a jump %s, from the top and back from the end', (_, first, last) => {
    const { blockWatch, showScreen } = setUp()
    blockWatch.start()
    showScreen(0, 1)
    showScreen(first, last)
    expect(blockWatch.onScreen()).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i))
    showScreen(27, 29)
    showScreen(first, last)
    expect(blockWatch.onScreen()).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i))
  })

  it('sees no block on screen above or below the article', () => {
    const { blockWatch, watchedPositions, showScreen, settleDown } = setUp()
    blockWatch.start()
    showScreen(-5, -1)
    expect(blockWatch.onScreen()).toEqual([])
    expect(watchedPositions()).toEqual([0, 6, 12, 18, 24])
    // From above the article to below it, no watched block entered or left the screen: the end of the scroll asks.
    showScreen(30, 35)
    blockWatch.lookAgain()
    settleDown()
    expect(blockWatch.onScreen()).toEqual([])
    expect(watchedPositions()).toEqual([0, 6, 12, 18, 24, 25, 26, 27, 28, 29])
  })

  it('asks the anchors again at the end of a scroll that crossed no watched block', () => {
    const { blockWatch, showScreen, settleDown } = setUp()
    blockWatch.start()
    showScreen(30, 35)
    // From below the article into a stretch between anchors: no watched block entered or left the screen.
    showScreen(15, 16)
    expect(blockWatch.onScreen()).toEqual([])
    blockWatch.lookAgain()
    settleDown()
    expect(blockWatch.onScreen()).toEqual([15, 16])
  })

  it('drops a report about a block it no longer watches', () => {
    const { blockWatch, showScreen } = setUp()
    blockWatch.start()
    showScreen(8, 9)
    showScreen(26, 27)
    blockWatch.take(8, 0)
    expect(blockWatch.onScreen()).toEqual([26, 27])
  })

  it('watches the only block of a one-block article as its anchor', () => {
    const watched: number[] = []
    const watch = new BlockWatch(1, { observe: (position) => watched.push(position), unobserve: () => {} })
    watch.start()
    expect(watched).toEqual([0])
  })
})
