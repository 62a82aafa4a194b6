import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limit.ts'

describe('createRateLimiter', () => {
  it('allows `limit` hits per window per key, then says when to retry', () => {
    let time = 0
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => time })
    expect(limiter.take('a')).toEqual({ allowed: true })
    time = 10_000
    expect(limiter.take('a')).toEqual({ allowed: true })
    expect(limiter.take('b')).toEqual({ allowed: true })
    time = 20_000
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 40 })
    time = 60_001
    expect(limiter.take('a')).toEqual({ allowed: true })
  })

  it('does not count refused hits, so a client that waits as told gets through', () => {
    let time = 0
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => time })
    limiter.take('a')
    time = 500
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 })
    time = 1000
    expect(limiter.take('a')).toEqual({ allowed: true })
  })
})
