import { useEffect } from 'react'
import { readingPositionOnScreen } from './block-position.ts'
import { blockWorthRemembering, rememberBlock } from './continue-reading-store.ts'

// Long enough that a scroll in progress measures once, when it pauses; short enough that leaving right after is caught.
const SCROLL_PAUSE_MS = 150

/**
 * Remembers, per article, the block the reader has reached, so a later visit can offer to continue there. It measures
 * when scrolling pauses and when the page is hidden or left, never per frame.
 */
export function useRememberPosition(slug: string): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const save = () => {
      clearTimeout(timer)
      timer = undefined
      rememberBlock(slug, blockWorthRemembering(readingPositionOnScreen()))
    }
    const onScroll = () => {
      clearTimeout(timer)
      timer = setTimeout(save, SCROLL_PAUSE_MS)
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden') save()
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', save)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      // A pending measurement belongs to this article; by now the router may already show the next one, so drop it.
      clearTimeout(timer)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', save)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [slug])
}
