import { describe, expect, it } from 'vitest'
import { screenSideOf, watchEveryBlock } from './blocks-on-screen.ts'

describe('screenSideOf', () => {
  const screen = { top: 2, bottom: 823 } as DOMRectReadOnly
  const report = (isIntersecting: boolean, top: number, height: number) => ({
    isIntersecting,
    boundingClientRect: { top, bottom: top + height, width: height === 0 ? 0 : 400, height } as DOMRectReadOnly,
    rootBounds: screen,
  })

  it('reads intersecting blocks as on screen, and the others by where their box is', () => {
    expect(screenSideOf(report(true, -100, 200))).toBe(0)
    expect(screenSideOf(report(false, -300, 200))).toBe(-1)
    expect(screenSideOf(report(false, -198, 200))).toBe(-1)
    expect(screenSideOf(report(false, 900, 200))).toBe(1)
  })
})

describe('watchEveryBlock', () => {
  it('watches every block and knows which are on screen once each has been reported', () => {
    const watched: number[] = []
    const watch = watchEveryBlock(5, { observe: (position) => watched.push(position), unobserve: () => {} })
    expect(watched).toEqual([0, 1, 2, 3, 4])
    expect(watch.awaitingReports).toBe(true)
    for (const position of [4, 0, 3]) watch.take(position, position === 3 ? 0 : position === 4 ? 1 : -1)
    watch.take(2, 0)
    watch.take(1, -1)
    expect(watch.awaitingReports).toBe(false)
    expect(watch.onScreen()).toEqual([2, 3])
    watch.take(2, -1)
    expect(watch.onScreen()).toEqual([3])
  })
})
