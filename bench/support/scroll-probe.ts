/**
 * Page-side code for the long-article scroll test: API wrappers installed before the app runs (observers created,
 * scroll listeners added, layout-reading calls made while the benchmark scrolls), and the rAF-driven scroll itself.
 */

export type Instrumentation = {
  intersectionObservers: number
  /** The most elements watched by IntersectionObservers at once (the reading-position tracker moves its targets). */
  observedTargets: number
  /** Elements handed to IntersectionObserver#observe while the benchmark scrolled. */
  observeCallsWhileScrolling: number
  resizeObservers: number
  scrollListeners: number
  layoutReadsWhileScrolling: Record<string, number>
  scrolling: boolean
}

declare global {
  interface Window {
    __instrumentation: Instrumentation
  }
}

/**
 * Wraps the APIs that matter before the app runs. Layout reads are counted only while the benchmark scrolls, so the
 * app's one-off measurements at mount do not count against it.
 */
export function instrument() {
  const state: Instrumentation = {
    intersectionObservers: 0,
    observedTargets: 0,
    observeCallsWhileScrolling: 0,
    resizeObservers: 0,
    scrollListeners: 0,
    layoutReadsWhileScrolling: {},
    scrolling: false,
  }
  window.__instrumentation = state
  const NativeIntersectionObserver = window.IntersectionObserver
  let watchedNow = 0
  window.IntersectionObserver = class extends NativeIntersectionObserver {
    readonly #targets = new Set<Element>()
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super(callback, options)
      state.intersectionObservers += 1
    }
    observe(target: Element) {
      if (state.scrolling) state.observeCallsWhileScrolling += 1
      if (!this.#targets.has(target)) {
        this.#targets.add(target)
        watchedNow += 1
        state.observedTargets = Math.max(state.observedTargets, watchedNow)
      }
      super.observe(target)
    }
    unobserve(target: Element) {
      if (this.#targets.delete(target)) watchedNow -= 1
      super.unobserve(target)
    }
    disconnect() {
      watchedNow -= this.#targets.size
      this.#targets.clear()
      super.disconnect()
    }
  }
  const NativeResizeObserver = window.ResizeObserver
  window.ResizeObserver = class extends NativeResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      super(callback)
      state.resizeObservers += 1
    }
  }
  const nativeAddEventListener = EventTarget.prototype.addEventListener
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: [never, never?]) {
    if (type === 'scroll') state.scrollListeners += 1
    return nativeAddEventListener.call(this, type, ...rest)
  }
  const count = (name: string) => {
    if (state.scrolling) state.layoutReadsWhileScrolling[name] = (state.layoutReadsWhileScrolling[name] ?? 0) + 1
  }
  const wrapMethod = (owner: object, name: string) => {
    const native = Reflect.get(owner, name) as (...args: unknown[]) => unknown
    Reflect.set(owner, name, function (this: unknown, ...args: unknown[]) {
      count(name)
      return native.apply(this, args)
    })
  }
  const wrapGetter = (owner: object, name: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)
    const get = descriptor?.get
    if (!descriptor || !get) return
    Object.defineProperty(owner, name, {
      ...descriptor,
      get(this: unknown) {
        count(name)
        return get.call(this)
      },
    })
  }
  wrapMethod(Element.prototype, 'getBoundingClientRect')
  wrapMethod(Element.prototype, 'getClientRects')
  wrapMethod(window, 'getComputedStyle')
  for (const name of ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight', 'innerText']) {
    wrapGetter(HTMLElement.prototype, name)
  }
  for (const name of ['clientTop', 'clientWidth', 'clientHeight', 'scrollHeight', 'scrollWidth', 'scrollTop']) {
    wrapGetter(Element.prototype, name)
  }
}

export const instrumentScript = `globalThis.__name ??= (fn) => fn;\n(${instrument.toString()})();`

/** Scrolls with rAF at a constant speed for `seconds` and keeps every frame's timestamp. Runs in the page. */
export function scrollInPage({ seconds, pxPerSecond }: { seconds: number; pxPerSecond: number }) {
  return new Promise<{
    stamps: number[]
    scrolledPx: number
    hash: string
    loaf: { duration: number; blocking: number }[]
  }>((resolve) => {
    const stamps: number[] = []
    const loaf: { duration: number; blocking: number }[] = []
    let observer: PerformanceObserver | null = null
    try {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const frame = entry as PerformanceEntry & { blockingDuration: number }
          loaf.push({ duration: frame.duration, blocking: frame.blockingDuration })
        }
      })
      observer.observe({ type: 'long-animation-frame' })
    } catch {}
    const startY = window.scrollY
    const instrumentation = window.__instrumentation
    if (instrumentation) instrumentation.scrolling = true
    let start: number | null = null
    const step = (now: number) => {
      start ??= now
      stamps.push(now)
      const elapsed = now - start
      // 'instant': the app's CSS asks for smooth scrolling, which would restart an animation on every frame.
      window.scrollTo({ top: startY + (elapsed / 1000) * pxPerSecond, behavior: 'instant' })
      if (elapsed < seconds * 1000) requestAnimationFrame(step)
      else {
        if (instrumentation) instrumentation.scrolling = false
        // One more frame so the last long-animation-frame entries are delivered; the hash is read once the app has
        // had its look after the scroll stopped (it writes 200 ms after the blocks stop crossing the screen's edges).
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer?.disconnect()
            const scrolledPx = window.scrollY - startY
            setTimeout(() => resolve({ stamps, scrolledPx, hash: window.location.hash, loaf }), 450)
          }, 50),
        )
      }
    }
    requestAnimationFrame(step)
  })
}
