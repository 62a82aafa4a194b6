import { describe, expect, it } from 'vitest'
import { commentDateFormat } from './comment-date.ts'

describe('commentDateFormat', () => {
  const instant = new Date('2025-07-13T14:05:00Z')
  // ICU versions differ in which space goes before "PM"; the words and numbers are what matter.
  const format = (lang: string) => commentDateFormat(lang, 'UTC').format(instant).replace(/\s/g, ' ')

  it('formats in the language it is given', () => {
    expect(format('id')).toBe('13 Juli 2025 pukul 14.05')
    expect(format('en')).toBe('July 13, 2025 at 2:05 PM')
  })

  it('falls back to English for a tag Intl rejects', () => {
    expect(format('not a tag!')).toBe('July 13, 2025 at 2:05 PM')
  })
})
