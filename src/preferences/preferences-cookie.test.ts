import { describe, expect, it } from 'vitest'
import {
  PREFERENCES_COOKIE,
  paintAttributes,
  parsePreferencesCookie,
  preferencesCookieAssignment,
  preferencesCookieIn,
  preferencesCookieValue,
} from './preferences-cookie.ts'
import { lineWidths, textSizes, themes } from './preferences-schema.ts'

const defaults = { theme: 'system', textSize: 'medium', lineWidth: 'normal' } as const

describe('the preferences cookie', () => {
  it('round-trips every combination of the allowed values', () => {
    for (const theme of themes)
      for (const textSize of textSizes)
        for (const lineWidth of lineWidths) {
          const preferences = { theme, textSize, lineWidth }
          const value = preferencesCookieValue(preferences)
          expect(parsePreferencesCookie(value ?? undefined)).toEqual(preferences)
        }
  })

  it('is not needed for the defaults, and reads as the defaults when missing or empty', () => {
    expect(preferencesCookieValue(defaults)).toBeNull()
    expect(parsePreferencesCookie(undefined)).toEqual(defaults)
    expect(parsePreferencesCookie('')).toEqual(defaults)
  })

  it('keeps each readable part of a damaged value and defaults the rest', () => {
    expect(parsePreferencesCookie('dark.huge.wide')).toEqual({ theme: 'dark', textSize: 'medium', lineWidth: 'wide' })
    expect(parsePreferencesCookie('sepia')).toEqual({ ...defaults, theme: 'sepia' })
    expect(parsePreferencesCookie('dark.large.wide.extra')).toEqual({
      theme: 'dark',
      textSize: 'large',
      lineWidth: 'wide',
    })
  })

  it.each([
    'dark"><script>alert(1)</script>',
    'dark" onload="alert(1)',
    '%22dark%22.large.wide',
    'DARK.LARGE.WIDE',
    'constructor.__proto__.toString',
    'x'.repeat(10_000),
  ])('turns anything but the known words into defaults: %j', (hostile) => {
    const parsed = parsePreferencesCookie(hostile)
    expect(themes).toContain(parsed.theme)
    expect(textSizes).toContain(parsed.textSize)
    expect(lineWidths).toContain(parsed.lineWidth)
    for (const value of Object.values(paintAttributes(parsed))) expect(value).toMatch(/^[a-z-]+$/)
  })

  it('finds its value among other cookies in a Cookie header', () => {
    expect(preferencesCookieIn(`a=1; ${PREFERENCES_COOKIE}=dark.large.wide; b=2`)).toBe('dark.large.wide')
    expect(preferencesCookieIn(`${PREFERENCES_COOKIE}=sepia.small.narrow`)).toBe('sepia.small.narrow')
    expect(preferencesCookieIn(`x${PREFERENCES_COOKIE}=dark.large.wide`)).toBeUndefined()
    expect(preferencesCookieIn('a=1')).toBeUndefined()
    expect(preferencesCookieIn('')).toBeUndefined()
    expect(preferencesCookieIn(undefined)).toBeUndefined()
  })

  it('is stored for a year site-wide, and removed again for the defaults', () => {
    expect(preferencesCookieAssignment({ theme: 'dark', textSize: 'large', lineWidth: 'wide' }, false)).toBe(
      `${PREFERENCES_COOKIE}=dark.large.wide; Path=/; SameSite=Lax; Max-Age=31536000`,
    )
    expect(preferencesCookieAssignment({ ...defaults, theme: 'sepia' }, true)).toContain('; Secure')
    expect(preferencesCookieAssignment(defaults, false)).toBe(`${PREFERENCES_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0`)
  })
})
