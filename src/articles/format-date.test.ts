import { describe, expect, it } from 'vitest'
import { formatArticleDate } from './format-date.ts'

describe('formatArticleDate', () => {
  it('formats a calendar date in the article language without shifting the day', () => {
    expect(formatArticleDate('2025-07-13', 'id')).toBe('13 Juli 2025')
    expect(formatArticleDate('2025-07-13', 'en')).toBe('July 13, 2025')
  })
})
