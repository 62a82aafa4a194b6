import { describe, expect, it } from 'vitest'
import { articleEntryId, feedId, uuidV5 } from './feed-ids.ts'

describe('uuidV5', () => {
  it('matches the RFC 9562 name-based algorithm', () => {
    // The DNS namespace example used across uuid implementations (Python's uuid.uuid5, the npm uuid package).
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
  })
})

describe('feed ids', () => {
  it('are stable absolute urn:uuid IRIs, one per slug, distinct from the feed id', () => {
    expect(articleEntryId('tentang-warta')).toBe(articleEntryId('tentang-warta'))
    expect(articleEntryId('tentang-warta')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(articleEntryId('a')).not.toBe(articleEntryId('b'))
    expect(feedId()).not.toBe(articleEntryId('feed'))
  })

  it('never change: readers would show every article again', () => {
    expect(feedId()).toBe('urn:uuid:50737bcb-f3d2-5ef7-b6f8-e8dc5b13f186')
    expect(articleEntryId('tentang-warta')).toBe('urn:uuid:510b1d1a-18b9-5e84-b643-2cb579f5f0ff')
  })
})
