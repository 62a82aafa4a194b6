/**
 * A sliding-window limit per key (the client's socket address), kept in memory: one process serves the site, and a
 * restart forgetting the windows costs at most one extra minute of posts.
 */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = { take(key: string): RateLimitResult }

export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const { limit, windowMs } = options
  const now = options.now ?? Date.now
  const hits = new Map<string, number[]>()

  // Without a sweep, every address that ever posted would keep an entry; sweeping only when the map is large keeps
  // the common path to one lookup and needs no timer to stop at shutdown.
  const sweep = (time: number) => {
    for (const [key, times] of hits) {
      if ((times.at(-1) ?? 0) <= time - windowMs) hits.delete(key)
    }
  }

  return {
    take(key) {
      const time = now()
      if (hits.size > 10_000) sweep(time)
      const recent = (hits.get(key) ?? []).filter((hit) => hit > time - windowMs)
      const oldest = recent[0]
      if (recent.length >= limit && oldest !== undefined) {
        hits.set(key, recent)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - time) / 1000)) }
      }
      recent.push(time)
      hits.set(key, recent)
      return { allowed: true }
    },
  }
}
