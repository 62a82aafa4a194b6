import { describe, expect, it } from 'vitest'
import { openGraphLocale } from './open-graph-locale.ts'

describe('openGraphLocale', () => {
  it('gives language_TERRITORY, the likely territory when the tag names none', () => {
    expect(openGraphLocale('id')).toBe('id_ID')
    expect(openGraphLocale('en')).toBe('en_US')
    expect(openGraphLocale('en-GB')).toBe('en_GB')
    expect(openGraphLocale('pt-BR')).toBe('pt_BR')
  })
})
