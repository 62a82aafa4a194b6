import { describe, expect, it } from 'vitest'
import {
  clearDraft,
  draftKey,
  loadDraft,
  loadRememberedName,
  parseDraft,
  REMEMBERED_NAME_KEY,
  rememberName,
  saveDraft,
} from './comment-draft.ts'

/** An in-memory Storage, optionally one that refuses every call as a locked-down browser does. */
function memoryStorage({ broken = false } = {}): Storage {
  const items = new Map<string, string>()
  const guard = () => {
    if (broken) throw new DOMException('denied', 'SecurityError')
  }
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => {
      guard()
      return items.get(key) ?? null
    },
    setItem: (key, value) => {
      guard()
      items.set(key, value)
    },
    removeItem: (key) => {
      guard()
      items.delete(key)
    },
  }
}

describe('parseDraft', () => {
  it('reads a stored draft', () => {
    expect(parseDraft('{"name":"Sari","body":"Halo\\nsemua"}')).toEqual({ name: 'Sari', body: 'Halo\nsemua' })
  })

  it('ignores missing, broken and foreign values instead of throwing', () => {
    for (const raw of [null, '', '{', 'null', '42', '"text"', '[]', '{"name":1,"body":"x"}', '{"body":"only"}']) {
      expect(parseDraft(raw)).toBeNull()
    }
  })

  it('drops unknown keys', () => {
    expect(parseDraft('{"name":"a","body":"b","html":"<b>"}')).toEqual({ name: 'a', body: 'b' })
  })
})

describe('draft storage', () => {
  it('keeps one draft per article and survives a round trip', () => {
    const storage = memoryStorage()
    saveDraft(storage, 'one', { name: 'Sari', body: 'First' })
    saveDraft(storage, 'two', { name: 'Sari', body: 'Second' })
    expect(storage.getItem(draftKey('one'))).not.toBeNull()
    expect(loadDraft(storage, 'one')).toEqual({ name: 'Sari', body: 'First' })
    expect(loadDraft(storage, 'two')).toEqual({ name: 'Sari', body: 'Second' })
    clearDraft(storage, 'one')
    expect(loadDraft(storage, 'one')).toBeNull()
    expect(loadDraft(storage, 'two')).not.toBeNull()
  })

  it('forgets a draft whose fields were emptied', () => {
    const storage = memoryStorage()
    saveDraft(storage, 'one', { name: 'Sari', body: '' })
    saveDraft(storage, 'one', { name: '', body: '' })
    expect(storage.getItem(draftKey('one'))).toBeNull()
  })

  it('ignores a damaged entry', () => {
    const storage = memoryStorage()
    storage.setItem(draftKey('one'), '{"name":')
    expect(loadDraft(storage, 'one')).toBeNull()
  })

  it('never throws when storage is missing or refuses access', () => {
    for (const storage of [null, memoryStorage({ broken: true })]) {
      expect(() => saveDraft(storage, 'one', { name: 'a', body: 'b' })).not.toThrow()
      expect(loadDraft(storage, 'one')).toBeNull()
      expect(() => clearDraft(storage, 'one')).not.toThrow()
      expect(() => rememberName(storage, 'a')).not.toThrow()
      expect(loadRememberedName(storage)).toBeNull()
    }
  })
})

describe('remembered name', () => {
  it('round-trips and ignores foreign values', () => {
    const storage = memoryStorage()
    expect(loadRememberedName(storage)).toBeNull()
    rememberName(storage, 'Sari "S" Dewi')
    expect(loadRememberedName(storage)).toBe('Sari "S" Dewi')
    storage.setItem(REMEMBERED_NAME_KEY, '{"name":"x"}')
    expect(loadRememberedName(storage)).toBeNull()
  })
})
