import { describe, expect, it } from 'vitest'
import { blockWorthRemembering } from './continue-reading-store.ts'

describe('blockWorthRemembering', () => {
  it('remembers a block in the middle of the article', () => {
    expect(blockWorthRemembering({ topBlock: 12, blockCount: 30, endVisible: false })).toBe(12)
  })

  it.each([
    ['at the top', { topBlock: null, blockCount: 30, endVisible: false }],
    ['near the top', { topBlock: 2, blockCount: 30, endVisible: false }],
    ['at the end', { topBlock: 27, blockCount: 30, endVisible: true }],
    ['past the end', { topBlock: 31, blockCount: 30, endVisible: false }],
  ])('forgets the article when the reader is %s', (_, position) => {
    expect(blockWorthRemembering(position)).toBeNull()
  })
})
