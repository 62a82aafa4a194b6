import { createHash } from 'node:crypto'

/**
 * Remembers which (client, article, body) were accepted in the last window, so a double-click or a retry after a lost
 * response does not publish the same comment twice. In memory rather than a database query: the lookup stays O(1)
 * however many comments one address has posted, and a restart forgetting a minute of history is harmless.
 */
export function createDuplicateGuard(options: { windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now
  // Keyed by a digest so memory does not grow with comment length.
  const acceptedAt = new Map<string, number>()
  const keyOf = (parts: readonly string[]) => createHash('sha256').update(parts.join('\0')).digest('base64')
  const isFresh = (time: number | undefined, at: number) => time !== undefined && time > at - options.windowMs

  return {
    isDuplicate(...parts: string[]) {
      return isFresh(acceptedAt.get(keyOf(parts)), now())
    },
    remember(...parts: string[]) {
      const time = now()
      if (acceptedAt.size > 10_000) {
        for (const [key, at] of acceptedAt) if (!isFresh(at, time)) acceptedAt.delete(key)
      }
      acceptedAt.set(keyOf(parts), time)
    },
  }
}
