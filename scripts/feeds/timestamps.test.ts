import { describe, expect, it } from 'vitest'
import { instantOf, lastmodOf, rfc3339Of } from './timestamps.ts'

describe('rfc3339Of', () => {
  it.each([
    ['2025-07-13', '2025-07-13T00:00:00Z'],
    ['2025-07-13T09:30', '2025-07-13T09:30:00Z'],
    ['2025-07-13T09:30:15', '2025-07-13T09:30:15Z'],
    ['2025-07-13T09:30:15.250Z', '2025-07-13T09:30:15Z'],
    ['2025-07-13T09:30+07:00', '2025-07-13T02:30:00Z'],
    ['2025-07-13T01:00:00-02:00', '2025-07-13T03:00:00Z'],
  ])('%s → %s (no zone means UTC)', (date, expected) => {
    expect(rfc3339Of(date)).toBe(expected)
  })

  it('refuses what is not a date', () => {
    expect(() => rfc3339Of('soon')).toThrow(/not a date/)
  })
})

describe('lastmodOf', () => {
  it('keeps a calendar date and turns a timestamp into UTC', () => {
    expect(lastmodOf('2025-07-13')).toBe('2025-07-13')
    expect(lastmodOf('2025-07-13T09:30+07:00')).toBe('2025-07-13T02:30:00Z')
  })
})

describe('instantOf', () => {
  it('writes whole seconds, dropping milliseconds', () => {
    expect(instantOf(new Date(Date.UTC(2025, 7, 1, 12)))).toBe('2025-08-01T12:00:00Z')
    expect(instantOf(new Date(Date.UTC(2025, 7, 1, 12, 0, 0, 852)))).toBe('2025-08-01T12:00:00Z')
  })
})
