import { type RefObject, useEffect, useRef } from 'react'
import { useMessages } from '../i18n/messages.ts'
import { afterNextPaint } from '../ui/after-paint.ts'
import { useIsHydrating } from '../ui/use-is-hydrating.ts'

// Assistive technology reads the value when asked, not as it changes: a few updates a second keep it honest.
const VALUE_UPDATE_INTERVAL_MS = 250

/**
 * A thin bar showing how far through the article's text the reader is: full once its last line is on screen, however
 * many comments follow it (they are not what the reader came to read, and on a well-commented article the bar would
 * otherwise stop a third of the way along at the end of the text). The bar itself is a CSS scroll-driven animation where the
 * browser has them (no script per frame). The script keeps `aria-valuenow` honest for assistive technology, writing
 * the attribute itself a few times a second and when scrolling ends (never React state, so scrolling re-renders
 * nothing), and draws the bar in browsers without `animation-timeline`. It measures the page once per resize, never
 * per frame.
 *
 * It appears in the render right after hydration, not in the prerendered page: at the top of the page it shows
 * nothing, and without the script its `aria-valuenow` would stay at 0 however far the reader got.
 */
export function ReadingProgress({ articleRef }: { articleRef: RefObject<HTMLElement | null> }) {
  return useIsHydrating() ? null : <ProgressBar articleRef={articleRef} />
}

function ProgressBar({ articleRef }: { articleRef: RefObject<HTMLElement | null> }) {
  const t = useMessages()
  const meterRef = useRef<HTMLDivElement>(null)
  const barRef = useRef<HTMLDivElement>(null)
  useScrollProgress(meterRef, barRef, articleRef)
  return (
    <div
      ref={meterRef}
      className="reading-progress"
      role="progressbar"
      aria-label={t.readingProgress}
      aria-valuemin={0}
      aria-valuemax={100}
      // The value at the top; from then on the effect below owns the attribute (React never changes it again).
      aria-valuenow={0}
    >
      <div ref={barRef} className="reading-progress-bar" />
    </div>
  )
}

function useScrollProgress(
  meterRef: RefObject<HTMLElement | null>,
  barRef: RefObject<HTMLElement | null>,
  articleRef: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const meter = meterRef.current
    const bar = barRef.current
    if (!meter || !bar) return
    const drawsItself = CSS.supports('animation-timeline: scroll()')
    // How far the page scrolls until the article's last line reaches the bottom of the screen.
    let scrollToTextEnd = 1
    let frame = 0
    let valueTimer: ReturnType<typeof setTimeout> | undefined
    let resizeObserver: ResizeObserver | undefined

    const ratio = () => Math.min(1, Math.max(0, window.scrollY / scrollToTextEnd))
    const writeValue = () => {
      valueTimer = undefined
      const value = String(Math.round(ratio() * 100))
      if (meter.getAttribute('aria-valuenow') !== value) meter.setAttribute('aria-valuenow', value)
    }
    const drawBar = () => {
      frame = 0
      bar.style.setProperty('--reading-progress', String(ratio()))
    }
    const measure = () => {
      const textEnd = articleRef.current
        ? articleRef.current.getBoundingClientRect().bottom + window.scrollY
        : document.documentElement.scrollHeight
      scrollToTextEnd = Math.max(1, textEnd - window.innerHeight)
      // The scroll-driven animation ends there too (reading.css).
      bar.style.setProperty('--reading-end', `${scrollToTextEnd}px`)
      writeValue()
      if (!drawsItself) drawBar()
    }
    const onScroll = () => {
      valueTimer ??= setTimeout(writeValue, VALUE_UPDATE_INTERVAL_MS)
      if (!drawsItself) frame ||= requestAnimationFrame(drawBar)
    }
    const onScrollEnd = () => {
      clearTimeout(valueTimer)
      writeValue()
    }

    // Nothing to show before the reader can scroll: set up after the page's first paint.
    const cancelStart = afterNextPaint(() => {
      // The page grows as images load and fonts swap: re-measure when the body's size changes (the observer reports
      // after layout, so reading the height there costs no extra layout), not on every scroll.
      resizeObserver = new ResizeObserver(measure)
      resizeObserver.observe(document.body)
      window.addEventListener('resize', measure, { passive: true })
      window.addEventListener('scroll', onScroll, { passive: true })
      window.addEventListener('scrollend', onScrollEnd, { passive: true })
    })
    return () => {
      cancelStart()
      resizeObserver?.disconnect()
      window.removeEventListener('resize', measure)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('scrollend', onScrollEnd)
      cancelAnimationFrame(frame)
      clearTimeout(valueTimer)
    }
  }, [meterRef, barRef, articleRef])
}
