import { useCallback, useEffect, useRef } from 'react'
import type { ReadingPosition } from '../articles/use-reading-position-in-url.ts'
import { blockWorthRemembering, rememberBlock } from './continue-reading-store.ts'

// localStorage is synchronous and the store is re-read and re-validated on each save: often enough that a reader who
// closes the tab mid-scroll loses little, rarely enough to cost nothing while scrolling.
const SAVE_INTERVAL_MS = 1000

/**
 * Remembers, per article, the block the reader has reached, so a later visit can offer to continue there. It measures
 * nothing itself: it keeps the last position the reading-position observer reported (pass the returned function to
 * `useReadingPositionInUrl`) and saves it at most once a second while it changes, and at once when the page is hidden
 * or left, or the reader moves on to another article.
 */
export function useRememberPosition(slug: string): (position: ReadingPosition) => void {
  const latest = useRef<ReadingPosition | null>(null)
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Arriving at the top is not going back to it: until the reader has been below the headline, a top position would
  // forget the place the "continue" offer (still on screen) is about.
  const leftTheTop = useRef(false)

  const save = useCallback(() => {
    clearTimeout(pending.current)
    pending.current = undefined
    if (latest.current) rememberBlock(slug, blockWorthRemembering(latest.current))
    latest.current = null
  }, [slug])

  useEffect(() => {
    leftTheTop.current = false
    const onHide = () => {
      if (document.visibilityState === 'hidden') save()
    }
    window.addEventListener('pagehide', save)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('pagehide', save)
      document.removeEventListener('visibilitychange', onHide)
      // Leaving the article inside the app: what the observer last saw is still this article's position.
      save()
    }
  }, [save])

  return useCallback(
    (position: ReadingPosition) => {
      if (position.topBlock !== null) leftTheTop.current = true
      else if (!leftTheTop.current) return
      latest.current = position
      pending.current ??= setTimeout(save, SAVE_INTERVAL_MS)
    },
    [save],
  )
}
