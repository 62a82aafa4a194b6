// Past this, run anyway: a tab in the background gets no animation frames, and the work must not wait for the reader
// to come back to it.
const LATEST_MS = 500

/**
 * Runs `callback` once the browser has painted what is on screen now: a task queued from an animation-frame callback
 * runs after that frame's paint. For work a new page needs soon but not in its first frame (observers, prefetches,
 * storage reads), so that frame shows the page as early as possible. Returns a function that cancels it if it has not
 * run yet.
 */
export function afterNextPaint(callback: () => void): () => void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    cancel()
    callback()
  }
  let afterFrame: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(run, 0)
  })
  const latest = setTimeout(run, LATEST_MS)
  const cancel = () => {
    cancelAnimationFrame(frame)
    clearTimeout(afterFrame)
    clearTimeout(latest)
  }
  return () => {
    done = true
    cancel()
  }
}
