/** What only the reader does, never a script or the page settling: scrolling by hand, touching, typing, clicking. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

/** Calls `callback` once, on the reader's first input from now on; returns what cancels that. */
export function onFirstReaderInput(callback: () => void): () => void {
  const stop = () => {
    for (const type of READER_INPUT) window.removeEventListener(type, handle, true)
  }
  const handle = () => {
    stop()
    callback()
  }
  for (const type of READER_INPUT) window.addEventListener(type, handle, { capture: true, passive: true })
  return stop
}
