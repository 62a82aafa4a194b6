import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { lineWidths, PREFERENCES_STORAGE_KEY, parsePreferences, textSizes, themes } from './preferences-schema.ts'

const initScript = readFileSync(new URL('../../public/preferences-init.js', import.meta.url), 'utf8')

/** Runs the pre-paint script against a fake `<html>` and storage; returns the attributes it set. */
function runInitScript(stored: string | null, { storageThrows = false } = {}): Record<string, string> {
  const attributes: Record<string, string> = {}
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError')
      return key === PREFERENCES_STORAGE_KEY ? stored : null
    },
  }
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) }
  runInNewContext(initScript, { window: { localStorage }, document: { documentElement } })
  return attributes
}

const attributesFor = (stored: string | null) => {
  const preferences = parsePreferences(stored)
  return {
    'data-theme': preferences.theme,
    'data-text-size': preferences.textSize,
    'data-line-width': preferences.lineWidth,
  }
}

describe('public/preferences-init.js', () => {
  const samples = [
    null,
    'garbage{',
    '[]',
    '"dark"',
    JSON.stringify({ theme: 'dark', textSize: 'xx-large', lineWidth: 'wide' }),
    JSON.stringify({ theme: 'neon', textSize: 3, lineWidth: 'narrow' }),
    ...themes.map((theme) => JSON.stringify({ theme })),
    ...textSizes.map((textSize) => JSON.stringify({ textSize })),
    ...lineWidths.map((lineWidth) => JSON.stringify({ lineWidth })),
  ]

  it.each(samples)('sets the same attributes the schema reads from %j', (stored) => {
    expect(runInitScript(stored)).toEqual(attributesFor(stored))
  })

  it('falls back to the defaults when storage is unavailable', () => {
    expect(runInitScript('{"theme":"dark"}', { storageThrows: true })).toEqual(attributesFor(null))
  })
})
