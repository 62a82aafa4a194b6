import { describe, expect, it } from 'vitest'
import { clampPage, requestedPage } from './page-param.ts'

describe('requestedPage', () => {
  it.each([
    [null, 1],
    ['', 1],
    ['abc', 1],
    ['0', 1],
    ['-4', 1],
    ['2', 2],
    [' 3 ', 3],
    ['2.9', 2],
    ['1e3', 1000],
    ['Infinity', 1],
    ['99999999999999999999999', Number.MAX_SAFE_INTEGER],
  ])('reads %j as page %i', (raw, page) => {
    expect(requestedPage(raw)).toBe(page)
  })
})

describe('clampPage', () => {
  it('keeps pages that exist and moves others to the nearest end', () => {
    expect(clampPage(2, 3)).toBe(2)
    expect(clampPage(9, 3)).toBe(3)
    expect(clampPage(0, 3)).toBe(1)
    expect(clampPage(4, 0)).toBe(1)
  })
})
