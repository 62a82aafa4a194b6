import { describe, expect, it } from 'vitest'
import { formatArticleDate } from './format-date.ts'

describe('formatArticleDate', () => {
  it('formats a calendar date in the article language without shifting the day', () => {
    expect(formatArticleDate('2025-07-13', 'id')).toBe('13 Juli 2025')
    expect(formatArticleDate('2025-07-13', 'en')).toBe('July 13, 2025')
  })

  it('shows a timestamp on the day the author wrote, in the author’s own time zone, wherever the code runs', () => {
    // In UTC the first is already the 2nd and the second still the 1st.
    expect(formatArticleDate('2026-12-01T23:30:00-05:00', 'en')).toBe('December 1, 2026')
    expect(formatArticleDate('2026-12-02T01:00:00+07:00', 'en')).toBe('December 2, 2026')
    expect(formatArticleDate('2026-12-02T06:15Z', 'id')).toBe('2 Desember 2026')
  })
})
