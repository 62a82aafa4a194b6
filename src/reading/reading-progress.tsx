import { useEffect, useRef, useState } from 'react'
import { useMessages } from '../i18n/messages.ts'

/**
 * A thin bar showing how far down the page the reader is. The bar itself is a CSS scroll-driven animation where the
 * browser has them (no script per frame); the script only keeps `aria-valuenow` honest for assistive technology and
 * draws the bar in browsers without `animation-timeline`. It measures the page once per resize, never per frame.
 */
export function ReadingProgress() {
  const t = useMessages()
  const barRef = useRef<HTMLDivElement>(null)
  const percent = useScrollPercent(barRef)
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label={t.readingProgress}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div ref={barRef} className="reading-progress-bar" />
    </div>
  )
}

function useScrollPercent(barRef: React.RefObject<HTMLDivElement | null>): number {
  const [percent, setPercent] = useState(0)
  useEffect(() => {
    const drawsItself = CSS.supports('animation-timeline: scroll()')
    let scrollable = 1
    let frame = 0
    const measure = () => {
      scrollable = Math.max(1, document.documentElement.scrollHeight - window.innerHeight)
      update()
    }
    const update = () => {
      frame = 0
      const ratio = Math.min(1, Math.max(0, window.scrollY / scrollable))
      if (!drawsItself) barRef.current?.style.setProperty('--reading-progress', String(ratio))
      setPercent(Math.round(ratio * 100))
    }
    const onScroll = () => {
      frame ||= requestAnimationFrame(update)
    }
    // The page grows as images load and fonts swap: re-measure when the body's size changes, not on every scroll.
    const resizeObserver = new ResizeObserver(measure)
    resizeObserver.observe(document.body)
    window.addEventListener('resize', measure, { passive: true })
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      resizeObserver.disconnect()
      window.removeEventListener('resize', measure)
      window.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [barRef])
  return percent
}
