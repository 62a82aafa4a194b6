import { describe, expect, it } from 'vitest'
import {
  anchorStride,
  BlockWatch,
  isAnchor,
  positionsThatCanBeOnScreen,
  type ScreenSide,
  screenSideOf,
} from './watched-blocks.ts'

describe('anchorStride', () => {
  it('is the square root of the block count, rounded up, and at least 1', () => {
    expect(anchorStride(0)).toBe(1)
    expect(anchorStride(1)).toBe(1)
    expect(anchorStride(30)).toBe(6)
    expect(anchorStride(36)).toBe(6)
    expect(anchorStride(368)).toBe(20)
  })

  it('makes the first block an anchor, then every stride-th', () => {
    const anchors = Array.from({ length: 30 }, (_, position) => position).filter((position) => isAnchor(position, 6))
    expect(anchors).toEqual([0, 6, 12, 18, 24])
  })
})

describe('positionsThatCanBeOnScreen', () => {
  const sides = (known: Record<number, ScreenSide>) => (position: number) => known[position]

  it('is every block while no anchor has been reported', () => {
    expect(positionsThatCanBeOnScreen(30, 6, sides({}))).toEqual({ from: 0, to: 29 })
  })

  it('lies between the last anchor above the screen and the first below it', () => {
    const known = sides({ 0: 'above', 6: 'above', 12: 'on screen', 18: 'below', 24: 'below' })
    expect(positionsThatCanBeOnScreen(30, 6, known)).toEqual({ from: 7, to: 17 })
  })

  it('holds a screen that no anchor reaches, inside one long stretch between two anchors', () => {
    const known = sides({ 0: 'above', 6: 'above', 12: 'below', 18: 'below', 24: 'below' })
    expect(positionsThatCanBeOnScreen(30, 6, known)).toEqual({ from: 7, to: 11 })
  })

  it('runs to the last block when every anchor is above the screen', () => {
    const known = sides({ 0: 'above', 6: 'above', 12: 'above', 18: 'above', 24: 'above' })
    expect(positionsThatCanBeOnScreen(30, 6, known)).toEqual({ from: 25, to: 29 })
  })

  it('is empty when the first block is still below the screen (the reader is at the headline)', () => {
    const known = sides({ 0: 'below', 6: 'below', 12: 'below', 18: 'below', 24: 'below' })
    expect(positionsThatCanBeOnScreen(30, 6, known)).toEqual({ from: 0, to: -1 })
  })

  it('is narrowed only by anchors whose side is known', () => {
    expect(positionsThatCanBeOnScreen(30, 6, sides({ 6: 'above', 24: 'below' }))).toEqual({ from: 7, to: 23 })
  })

  it('is empty for an article without blocks', () => {
    expect(positionsThatCanBeOnScreen(0, 1, sides({}))).toEqual({ from: 0, to: -1 })
  })
})

describe('screenSideOf', () => {
  const screen = { top: 2, bottom: 823 } as DOMRectReadOnly
  const report = (isIntersecting: boolean, top: number, height: number) => ({
    isIntersecting,
    boundingClientRect: { top, bottom: top + height, width: height === 0 ? 0 : 400, height } as DOMRectReadOnly,
    rootBounds: screen,
  })

  it('reads intersecting blocks as on screen, and the others by where their box is', () => {
    expect(screenSideOf(report(true, -100, 200))).toBe('on screen')
    expect(screenSideOf(report(false, -300, 200))).toBe('above')
    expect(screenSideOf(report(false, -198, 200))).toBe('above')
    expect(screenSideOf(report(false, 900, 200))).toBe('below')
  })

  it('knows nothing of a block without a box', () => {
    expect(screenSideOf(report(false, 0, 0))).toBeUndefined()
  })
})

describe('BlockWatch', () => {
  /**
   * 30 blocks named by their position, an observer that records what is watched, and a page whose screen shows the
   * blocks from `first` to `last`.
   */
  function setUp() {
    const blocks = Array.from({ length: 30 }, (_, position) => position)
    const watched = new Set<number>()
    let screen = { first: 0, last: 1 }
    const sideOf = (position: number): ScreenSide =>
      position < screen.first ? 'above' : position > screen.last ? 'below' : 'on screen'
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
    const blockWatch = new BlockWatch(blocks, { observe, unobserve })
    /**
     * One frame of a real IntersectionObserver: a block is reported when it is new to the observer or has entered or
     * left the screen since its last report (not when it went from below to above without being on screen).
     */
    const frame = () => {
      let any = false
      for (const block of [...watched].sort((a, b) => a - b)) {
        const side = sideOf(block)
        const last = reported.get(block)
        const changed = last === undefined || (last === 'on screen') !== (side === 'on screen')
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
    expect(blockWatch.blocksOnScreen()).toEqual([0, 1])
  })

  it('follows a reader who scrolls down block by block, watching few blocks at a time', () => {
    const { blockWatch, watchedPositions, showScreen } = setUp()
    blockWatch.start()
    for (let first = 0; first < 28; first++) {
      showScreen(first, first + 2)
      expect(blockWatch.blocksOnScreen()).toEqual([first, first + 1, first + 2])
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
    expect(blockWatch.blocksOnScreen()).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i))
    showScreen(27, 29)
    showScreen(first, last)
    expect(blockWatch.blocksOnScreen()).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i))
  })

  it('sees no block on screen above or below the article', () => {
    const { blockWatch, watchedPositions, showScreen, settleDown } = setUp()
    blockWatch.start()
    showScreen(-5, -1)
    expect(blockWatch.blocksOnScreen()).toEqual([])
    expect(watchedPositions()).toEqual([0, 6, 12, 18, 24])
    // From above the article to below it, no watched block entered or left the screen: the end of the scroll asks.
    showScreen(30, 35)
    blockWatch.lookAgain()
    settleDown()
    expect(blockWatch.blocksOnScreen()).toEqual([])
    expect(watchedPositions()).toEqual([0, 6, 12, 18, 24, 25, 26, 27, 28, 29])
  })

  it('asks the anchors again at the end of a scroll that crossed no watched block', () => {
    const { blockWatch, showScreen, settleDown } = setUp()
    blockWatch.start()
    showScreen(30, 35)
    // From below the article into a stretch between anchors: no watched block entered or left the screen.
    showScreen(15, 16)
    expect(blockWatch.blocksOnScreen()).toEqual([])
    blockWatch.lookAgain()
    settleDown()
    expect(blockWatch.blocksOnScreen()).toEqual([15, 16])
  })

  it('drops a report about a block it no longer watches', () => {
    const { blockWatch, showScreen } = setUp()
    blockWatch.start()
    showScreen(8, 9)
    showScreen(26, 27)
    blockWatch.take(8, 'on screen')
    expect(blockWatch.blocksOnScreen()).toEqual([26, 27])
  })

  it('watches the only block of a one-block article as its anchor', () => {
    const watched: string[] = []
    const watch = new BlockWatch(['only'], { observe: (block) => watched.push(block), unobserve: () => {} })
    watch.start()
    expect(watched).toEqual(['only'])
  })
})
