import { type RefObject, useEffect, useEffectEvent } from 'react'
import { isJumping } from '../reading/block-position.ts'
import { afterNextPaint } from '../ui/after-paint.ts'
import { onFirstReaderInput } from '../ui/reader-input.ts'
import {
  type BlocksOnScreen,
  screenSideOf,
  WATCH_EVERY_BLOCK_UP_TO,
  type Watcher,
  watchEveryBlock,
} from './blocks-on-screen.ts'
import { blockNumberFromHash, hashForBlock } from './reading-position.ts'

// The address follows the reader once the blocks have stopped crossing the screen's edges for a moment, and at least
// once a second while they keep crossing. Each replaceState is a same-document navigation the browser processes
// (Chromium also fetches and decodes the page's icon again for the new address, ~5 ms at 4x CPU), and nobody copies an
// address mid-scroll: a few updates a second would only cost frames.
const URL_SETTLE_MS = 200
const URL_MAX_WAIT_MS = 1000
const ownHash = /^#p-\d+$/

/** Where the reader is in the article, as the position observer last saw it. */
export interface ReadingPosition {
  /** The topmost body block on screen, or null while the headline is visible (the reader is at the top). */
  topBlock: number | null
  blockCount: number
  /** Whether the end of the article (the bottom of its last block) is on screen. */
  endVisible: boolean
}

/**
 * Keeps the URL hash on the topmost visible body block (`#p-7`) while the reader scrolls, without adding history
 * entries, and reports the same position to `onPosition` each time it looks (see URL_MAX_WAIT_MS). One
 * IntersectionObserver watches the headline, the `[data-article-end]` marker after the last block, and the blocks:
 * every one of a short article, and of a long one only those that can be on screen (watched-blocks.ts: a few anchors
 * always, the blocks between the two around the screen as it moves). Scrolling triggers no layout reads, and a long
 * article costs little more per frame than a short one. While the headline is on screen the hash is cleared, because
 * the reader is at the top. The observer starts after the article's first paint: nothing depends on it before the
 * reader can scroll.
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

    let headlineVisible = false
    let endVisible = false
    let blockCount = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    // When the oldest change not yet looked at arrived.
    let changedSince: number | undefined
    let observer: IntersectionObserver | undefined
    let blockWatch: BlocksOnScreen | undefined
    let stopped = false
    const pathname = window.location.pathname
    // The #p-N the page was opened at stays in the address until the reader moves on: a shared quote (which the browser
    // centres, under other paragraphs) or a paragraph near the end must not turn into another link before they have
    // read a word. Moving on is the reader's first input, or the paragraph leaving the screen.
    let landedAt = ownHash.test(window.location.hash) ? window.location.hash : null
    const stopWaitingForInput = onFirstReaderInput(() => {
      landedAt = null
    })

    const writeHash = () => {
      timer = undefined
      // A long article's watch is still loading, or blocks just watched have not been reported yet: the topmost one
      // on screen is not known.
      if (!blockWatch || blockWatch.awaitingReports) {
        timer = setTimeout(writeHash, URL_SETTLE_MS)
        return
      }
      changedSince = undefined
      // The reader may already have moved on to another page; its URL is not ours to change.
      if (window.location.pathname !== pathname) return
      // On the way to a block the reader asked for (its hash is already in the URL); `scrollend` brings us back.
      if (isJumping()) return
      // Block numbers count from 1, positions from 0.
      const onScreen = blockWatch.onScreen().map((position) => position + 1)
      const topmost = headlineVisible ? null : (onScreen[0] ?? null)
      reportPosition({ topBlock: topmost, blockCount, endVisible })
      const hash = hashForBlock(topmost)
      // Nor is a hash that points at something else, such as a shared `#comment-12` link.
      const current = window.location.hash
      if (landedAt !== null) {
        const landedBlock = blockNumberFromHash(landedAt, blockCount)
        if (current === landedAt && landedBlock !== null && onScreen.includes(landedBlock)) return
        landedAt = null
      }
      if (current === hash || (current !== '' && !ownHash.test(current))) return
      // Near the end the last blocks cannot reach the top, so one the reader picked there (with `j`, its anchor or a
      // shared link) stays in the URL while it is on screen, instead of giving way to whichever block is topmost.
      const chosen = blockNumberFromHash(current, blockCount)
      if (endVisible && chosen !== null && onScreen.includes(chosen)) return
      const url = `${window.location.pathname}${window.location.search}${hash}`
      // Keep the router's own history state (its location key) so Back, Forward and scroll restoration still work.
      window.history.replaceState(window.history.state, '', url)
    }

    const lookSoon = () => {
      const now = performance.now()
      changedSince ??= now
      clearTimeout(timer)
      timer = setTimeout(writeHash, Math.min(URL_SETTLE_MS, changedSince + URL_MAX_WAIT_MS - now))
    }

    // Where a jump ends the blocks may not cross an edge again: look once more when scrolling stops.
    const onScrollEnd = () => {
      blockWatch?.lookAgain()
      lookSoon()
    }

    const cancelStart = afterNextPaint(() => {
      window.addEventListener('scrollend', onScrollEnd, { passive: true })
      const headline = article.querySelector('h1')
      const end = article.querySelector('[data-article-end]')
      const blocks = article.querySelectorAll<HTMLElement>('[data-block]')
      blockCount = blocks.length
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.target === headline) headlineVisible = entry.isIntersecting
            else if (entry.target === end) endVisible = entry.isIntersecting
            else blockWatch?.take(Number((entry.target as HTMLElement).dataset.block) - 1, screenSideOf(entry))
          }
          blockWatch?.settle()
          lookSoon()
        },
        // A hair below the top edge, so a block scrolled exactly to the top counts and the one above it does not.
        { rootMargin: '-2px 0px 0px 0px' },
      )
      for (const target of [headline, end]) if (target) observer.observe(target)
      const watching = observer
      const watcher: Watcher = {
        observe: (position) => watching.observe(blocks.item(position)),
        unobserve: (position) => watching.unobserve(blocks.item(position)),
      }
      if (blocks.length <= WATCH_EVERY_BLOCK_UP_TO) blockWatch = watchEveryBlock(blocks.length, watcher)
      else {
        import('./watched-blocks.ts').then(
          ({ BlockWatch }) => {
            if (stopped) return
            const anchored = new BlockWatch(blocks.length, watcher)
            anchored.start()
            blockWatch = anchored
          },
          // Without its code (offline, or a new deployment replaced the chunk), watch every block: slower, still right.
          () => {
            if (!stopped) blockWatch = watchEveryBlock(blocks.length, watcher)
          },
        )
      }
    })

    return () => {
      stopped = true
      cancelStart()
      stopWaitingForInput()
      window.removeEventListener('scrollend', onScrollEnd)
      observer?.disconnect()
      clearTimeout(timer)
    }
  }, [articleRef, complete])
}
