import { describe, expect, it } from 'vitest'
import { blockNumberFromHash, hashForBlock } from './reading-position.ts'

describe('blockNumberFromHash', () => {
  it('reads a block number inside the article', () => {
    expect(blockNumberFromHash('#p-7', 30)).toBe(7)
    expect(blockNumberFromHash('#p-1', 1)).toBe(1)
    expect(blockNumberFromHash('#p-30', 30)).toBe(30)
  })

  it.each([
    '',
    '#',
    '#p-0',
    '#p-999',
    '#p-abc',
    '#p-07',
    '#p--1',
    '#p-1.5',
    '#P-1',
    '#p-7x',
    '#comment-3',
    '#%E0%A4%A',
  ])('treats %j as no position', (hash) => {
    expect(blockNumberFromHash(hash, 30)).toBeNull()
  })
})

describe('hashForBlock', () => {
  it('builds the hash the parser reads back', () => {
    expect(hashForBlock(12)).toBe('#p-12')
    expect(blockNumberFromHash(hashForBlock(12), 20)).toBe(12)
    expect(hashForBlock(null)).toBe('')
  })
})
