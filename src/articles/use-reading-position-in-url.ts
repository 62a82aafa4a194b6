import { type RefObject, useEffect } from 'react'
import { hashForBlock } from './reading-position.ts'

// replaceState is cheap but browsers throttle bursts of it; a few updates a second keep the URL honest and the
// scroll smooth.
const URL_UPDATE_INTERVAL_MS = 200
const ownHash = /^#p-\d+$/

/**
 * Keeps the URL hash on the topmost visible body block (`#p-7`) while the reader scrolls, without adding history
 * entries. One IntersectionObserver watches the headline and every block, so scrolling triggers no layout reads; while
 * the headline is on screen the hash is cleared, because the reader is at the top.
 */
export function useReadingPositionInUrl(articleRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const article = articleRef.current
    if (!article || typeof IntersectionObserver === 'undefined') return

    const visibleBlocks = new Set<number>()
    let headlineVisible = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const pathname = window.location.pathname

    const writeHash = () => {
      timer = undefined
      const topmost = headlineVisible || visibleBlocks.size === 0 ? null : Math.min(...visibleBlocks)
      const hash = hashForBlock(topmost)
      // The reader may already have moved on to another page; its URL is not ours to change. Nor is a hash that points
      // at something else, such as a shared `#comment-12` link.
      const current = window.location.hash
      if (window.location.pathname !== pathname || current === hash) return
      if (current !== '' && !ownHash.test(current)) return
      const url = `${window.location.pathname}${window.location.search}${hash}`
      // Keep the router's own history state (its location key) so Back, Forward and scroll restoration still work.
      window.history.replaceState(window.history.state, '', url)
    }

    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const blockNumber = Number((entry.target as HTMLElement).dataset.block)
          if (Number.isNaN(blockNumber)) headlineVisible = entry.isIntersecting
          else if (entry.isIntersecting) visibleBlocks.add(blockNumber)
          else visibleBlocks.delete(blockNumber)
        }
        timer ??= setTimeout(writeHash, URL_UPDATE_INTERVAL_MS)
      },
      // A hair below the top edge, so a block scrolled exactly to the top counts and the one above it does not.
      { rootMargin: '-2px 0px 0px 0px' },
    )
    for (const target of article.querySelectorAll('h1, [data-block]')) observer.observe(target)

    return () => {
      observer.disconnect()
      clearTimeout(timer)
    }
  }, [articleRef])
}
