import { describe, expect, it } from 'vitest'
import { ratioOfMediansInterval, spreadOf } from './stats.ts'

describe('spreadOf', () => {
  it('takes the middle value, or the mean of the two middle ones, and ignores missing values', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 })
    expect(spreadOf([4, null, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 })
    expect(spreadOf([null, undefined])).toBeNull()
  })
})

describe('ratioOfMediansInterval', () => {
  it('is the ratio of the two medians, with a zero-width interval when every round is the same', () => {
    const interval = ratioOfMediansInterval(Array.from({ length: 9 }, () => [460, 400] as const))
    expect(interval).toMatchObject({ ratio: 1.15, low: 1.15, high: 1.15, medianOfRoundRatios: 1.15, rounds: 9 })
  })

  it('reports the median of the per-round ratios separately from the ratio of medians', () => {
    // Medians 300 and 200 (1.5×); the rounds' own ratios are 3, 1.5 and 0.5.
    const interval = ratioOfMediansInterval([
      [300, 100],
      [300, 200],
      [100, 200],
    ])
    expect(interval?.ratio).toBe(1.5)
    expect(interval?.medianOfRoundRatios).toBe(1.5)
    const skewed = ratioOfMediansInterval([
      [400, 100],
      [300, 200],
      [500, 300],
    ])
    expect(skewed?.ratio).toBe(2)
    expect(skewed?.medianOfRoundRatios).toBe(1.6666666666666667)
  })

  it('brackets the ratio, widens with noisier rounds, and prints the same figures for the same runs', () => {
    const steady = Array.from({ length: 31 }, (_, i) => [440 + (i % 5), 400 + (i % 3)] as const)
    const noisy = Array.from(
      { length: 31 },
      (_, i) => [440 + ((i * 37) % 160) - 80, 400 + ((i * 53) % 140) - 70] as const,
    )
    const narrow = ratioOfMediansInterval(steady)
    const wide = ratioOfMediansInterval(noisy)
    for (const interval of [narrow, wide]) {
      expect(interval?.low).toBeLessThanOrEqual(interval?.ratio ?? 0)
      expect(interval?.high).toBeGreaterThanOrEqual(interval?.ratio ?? Number.POSITIVE_INFINITY)
    }
    expect((wide?.high ?? 0) - (wide?.low ?? 0)).toBeGreaterThan(4 * ((narrow?.high ?? 0) - (narrow?.low ?? 0)))
    expect(ratioOfMediansInterval(noisy)).toEqual(wide)
    const half = ratioOfMediansInterval(noisy, { level: 0.5 })
    const most = ratioOfMediansInterval(noisy, { level: 0.98 })
    expect(most?.low).toBeLessThan(half?.low ?? 0)
    expect(most?.high).toBeGreaterThan(half?.high ?? Number.POSITIVE_INFINITY)
  })

  it('skips rounds a system did not finish, and gives nothing for no rounds', () => {
    expect(
      ratioOfMediansInterval([
        [Number.NaN, 400],
        [460, 400],
      ])?.rounds,
    ).toBe(1)
    expect(ratioOfMediansInterval([])).toBeNull()
  })
})
