import { type RefObject, useEffect, useEffectEvent } from 'react'
import { afterNextPaint } from '../ui/after-paint.ts'
import { onFirstReaderInput } from '../ui/reader-input.ts'
import { ownHash, type ReadingPosition } from './reading-position.ts'
import type { Landing } from './reading-position-tracker.ts'

/**
 * Keeps the URL hash on the topmost visible body block (`#p-7`) while the reader scrolls, and reports the same position
 * to `onPosition` (reading-position-tracker.ts). On a page opened at the top, the tracker's code and its observer wait
 * for the first scroll: until then the reader is at the top, and the first view need not download or start them.
 */
export function useReadingPositionInUrl(
  articleRef: RefObject<HTMLElement | null>,
  onPosition?: (position: ReadingPosition) => void,
  /** False while the article is still being rendered in parts: its end would seem to be on screen. */
  complete = true,
) {
  const reportPosition = useEffectEvent((position: ReadingPosition) => onPosition?.(position))

  useEffect(() => {
    const article = articleRef.current
    if (!article || !complete || typeof IntersectionObserver === 'undefined') return

    // Listened for from the start: the input that makes the first scroll comes before the tracker has loaded.
    const landing: Landing = { hash: ownHash.test(window.location.hash) ? window.location.hash : null }
    const stopWaitingForInput = onFirstReaderInput(() => {
      landing.hash = null
    })
    let stopped = false
    let stopTracking: (() => void) | undefined
    let cancelStart: (() => void) | undefined
    const start = () => {
      window.removeEventListener('scroll', start)
      // Not inside the scroll's frame, which may be the one that paints a new article (Next Post scrolls to the top).
      cancelStart = afterNextPaint(() => {
        import('./reading-position-tracker.ts').then(
          ({ trackReadingPosition }) => {
            if (!stopped) stopTracking = trackReadingPosition(article, landing, reportPosition)
          },
          // Without it (offline, or a new deployment replaced the chunk) the address stays where it is; nothing breaks.
          () => {},
        )
      })
    }
    // A page opened at a paragraph (a shared #p-N, a reload part-way down) is already somewhere: track it from the start.
    if (landing.hash !== null || window.scrollY > 0) start()
    else window.addEventListener('scroll', start, { passive: true })

    return () => {
      stopped = true
      window.removeEventListener('scroll', start)
      cancelStart?.()
      stopWaitingForInput()
      stopTracking?.()
    }
  }, [articleRef, complete])
}
