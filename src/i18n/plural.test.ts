import { describe, expect, it } from 'vitest'
import { formatNumber, plural } from './plural.ts'

describe('formatNumber', () => {
  it('writes every number as Intl.NumberFormat does, with or without the shortcut for small whole numbers', () => {
    const numbers = [-1000, -999, -1, 0, 1, 7, 42, 999, 1000, 1234, 12_345, 1_000_000, 2.5, 999.5]
    for (const locale of ['en', 'id', 'ar-EG', 'hi-IN-u-nu-deva']) {
      const intl = new Intl.NumberFormat(locale)
      for (const value of numbers) expect(formatNumber(locale, value), `${locale} ${value}`).toBe(intl.format(value))
    }
  })
})

describe('plural', () => {
  it('picks the wording by plural category and puts the formatted count in it', () => {
    const forms = { one: '{count} comment', other: '{count} comments' }
    expect(plural('en', 1, forms)).toBe('1 comment')
    expect(plural('en', 3, forms)).toBe('3 comments')
    expect(plural('en', 1500, forms)).toBe('1,500 comments')
    expect(plural('id', 1500, { other: '{count} komentar' })).toBe('1.500 komentar')
  })
})
