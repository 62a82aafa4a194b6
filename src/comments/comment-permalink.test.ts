import { describe, expect, it } from 'vitest'
import { commentAnchorId, commentIdFromHash } from './comment-permalink.ts'

describe('comment permalinks', () => {
  it('round-trips an id through the hash', () => {
    expect(commentIdFromHash(`#${commentAnchorId(42)}`)).toBe(42)
  })

  it('ignores other hashes', () => {
    for (const hash of [
      '',
      '#comments',
      '#p-3',
      '#comment-',
      '#comment-0',
      '#comment-01',
      '#comment-1x',
      'comment-1',
    ]) {
      expect(commentIdFromHash(hash)).toBeNull()
    }
  })
})
