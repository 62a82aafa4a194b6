import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { blockWorthRemembering, rememberBlock, rememberedBlock } from './continue-reading-store.ts'

describe('blockWorthRemembering', () => {
  it('remembers a block in the middle of the article', () => {
    expect(blockWorthRemembering({ topBlock: 12, blockCount: 30, endVisible: false })).toBe(12)
  })

  it.each([
    ['at the top', { topBlock: null, blockCount: 30, endVisible: false }],
    ['near the top', { topBlock: 2, blockCount: 30, endVisible: false }],
    ['at the end', { topBlock: 27, blockCount: 30, endVisible: true }],
    ['past the end', { topBlock: 31, blockCount: 30, endVisible: false }],
  ])('forgets the article when the reader is %s', (_, position) => {
    expect(blockWorthRemembering(position)).toBeNull()
  })
})

describe('remembered positions in localStorage', () => {
  const store = new Map<string, string>()
  beforeEach(() => {
    store.clear()
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (key: string) => store.get(key) ?? null,
        setItem: (key: string, value: string) => store.set(key, value),
      },
    })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('saves, reads back and forgets a block per article', () => {
    rememberBlock('a', 7)
    rememberBlock('b', 3)
    expect(rememberedBlock('a')).toBe(7)
    rememberBlock('a', null)
    expect(rememberedBlock('a')).toBeNull()
    expect(rememberedBlock('b')).toBe(3)
  })

  it.each(['garbage{', '[]', '{"a":{"block":"two"}}', '{"a":{"block":-1,"savedAt":1}}'])(
    'treats %j as nothing remembered',
    (stored) => {
      store.set('warta:continue-reading', stored)
      expect(rememberedBlock('a')).toBeNull()
      rememberBlock('b', 4)
      expect(rememberedBlock('b')).toBe(4)
    },
  )

  it('keeps only the most recent articles', () => {
    vi.useFakeTimers()
    for (let index = 0; index < 60; index++) {
      vi.setSystemTime(1_000 + index)
      rememberBlock(`article-${index}`, 5)
    }
    vi.useRealTimers()
    expect(rememberedBlock('article-59')).toBe(5)
    expect(rememberedBlock('article-0')).toBeNull()
    expect(Object.keys(JSON.parse(store.get('warta:continue-reading') ?? '{}'))).toHaveLength(50)
  })
})
