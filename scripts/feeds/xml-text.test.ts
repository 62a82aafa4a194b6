import { describe, expect, it } from 'vitest'
import { escapeMarkup, stripIllegalXmlChars } from './xml-text.ts'

describe('escapeMarkup', () => {
  it('escapes the five markup characters, & first so nothing is escaped twice', () => {
    expect(escapeMarkup(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f')
    expect(escapeMarkup('&amp; &lt;')).toBe('&amp;amp; &amp;lt;')
    expect(escapeMarkup('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('keeps curly quotes, dashes, non-Latin text and emoji as they are', () => {
    const text = '“kutipan” ‘satu’ — 北朝鮮 👍🏽'
    expect(escapeMarkup(text)).toBe(text)
  })
})

describe('stripIllegalXmlChars', () => {
  it('drops C0 controls, lone surrogates and U+FFFE/U+FFFF, keeping tab, newline and carriage return', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0007c\u000Bd\u001Fe')).toBe('abcde')
    expect(stripIllegalXmlChars('tab\tnew\nline\rend')).toBe('tab\tnew\nline\rend')
    expect(stripIllegalXmlChars('x\uD800y\uDC00z')).toBe('xyz')
    expect(stripIllegalXmlChars('x\uFFFEy\uFFFFz')).toBe('xyz')
  })

  it('keeps characters outside the Basic Multilingual Plane (valid surrogate pairs)', () => {
    expect(stripIllegalXmlChars('😀 𝒜')).toBe('😀 𝒜')
  })
})
