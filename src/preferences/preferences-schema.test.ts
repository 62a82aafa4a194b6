import { describe, expect, it } from 'vitest'
import { defaultPreferences, parsePreferences, uiLocaleFor } from './preferences-schema.ts'

describe('parsePreferences', () => {
  it('reads stored preferences', () => {
    const stored = JSON.stringify({ textSize: 'x-large', lineWidth: 'narrow', theme: 'sepia', language: 'id' })
    expect(parsePreferences(stored)).toEqual({
      textSize: 'x-large',
      lineWidth: 'narrow',
      theme: 'sepia',
      language: 'id',
    })
  })

  it.each([null, '', 'garbage{', 'null', '42', '"dark"', '[]', '{"__proto__":{"theme":"dark"}}'])(
    'gives the defaults for %j',
    (stored) => {
      expect(parsePreferences(stored)).toEqual(defaultPreferences)
    },
  )

  it('drops only the fields it cannot read', () => {
    const stored = JSON.stringify({ textSize: 'huge', lineWidth: 7, theme: 'dark', language: 'fr', extra: true })
    expect(parsePreferences(stored)).toEqual({ textSize: 'medium', lineWidth: 'normal', theme: 'dark' })
  })
})

describe('uiLocaleFor', () => {
  it.each([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['ID', 'id'],
    ['en-US', 'en'],
    ['ms-MY', 'en'],
    [undefined, 'en'],
  ] as const)('maps %j to %s', (language, locale) => {
    expect(uiLocaleFor(language)).toBe(locale)
  })
})
