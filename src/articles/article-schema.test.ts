import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { articleSummarySchema } from './article-schema.ts'

describe('articleSummarySchema', () => {
  const summary = { slug: 'kabar', title: 'Kabar', excerpt: 'Isi.', readingMinutes: 1, tags: [], lang: 'id' }

  it('takes a date only with the label the content build writes for it', () => {
    expect(v.safeParse(articleSummarySchema, summary).success).toBe(true)
    expect(
      v.safeParse(articleSummarySchema, { ...summary, date: '2025-07-13', dateLabel: '13 Juli 2025' }).success,
    ).toBe(true)
    expect(v.safeParse(articleSummarySchema, { ...summary, date: '2025-07-13' }).success).toBe(false)
    expect(v.safeParse(articleSummarySchema, { ...summary, dateLabel: '13 Juli 2025' }).success).toBe(false)
    expect(v.safeParse(articleSummarySchema, { ...summary, date: '2025-07-13', dateLabel: '' }).success).toBe(false)
  })
})
