/**
 * Measurement code that runs inside every document the benchmark opens, before the page's own scripts
 * (`context.addInitScript`). It keeps what the browser reports in `window.__bench`:
 * - paint timings: FCP, every LCP candidate (with the element's tag and text), layout shifts without recent input;
 * - Element Timing for every `h1`: a MutationObserver gives each h1 `elementtiming="h1"` as it enters the DOM
 *   (before its first paint), so the browser reports when its text was painted, also for a headline a single-page app
 *   inserts after a click, where LCP reports nothing;
 * - the last click on a link (capture phase, so before any app handler), also kept in sessionStorage with an epoch
 *   timestamp so the next document can work out click → paint across a full page load;
 * - after a click, when an h1 with new text appears: the DOM time and a double-requestAnimationFrame paint proxy.
 */

export type LcpCandidate = { startTime: number; size: number; tag: string | null; text: string | null; url: string }
export type ProbeState = {
  timeOrigin: number
  fcp: number | null
  lcp: LcpCandidate[]
  shifts: { startTime: number; value: number }[]
  headlines: { startTime: number; renderTime: number; text: string }[]
  click: { at: number; epoch: number; href: string } | null
  /** The click that led to this document, if it happened in the previous one (full page load). */
  arrivedFromClick: { at: number; epoch: number; href: string } | null
  nextHeadline: { text: string; domAt: number; rafAt: number | null } | null
  loaf: { startTime: number; duration: number; blockingDuration: number }[]
}

declare global {
  interface Window {
    __bench: ProbeState
  }
}

/** Serialised into the page; must not reference anything outside its own body. */
function probe() {
  const state: ProbeState = {
    timeOrigin: performance.timeOrigin,
    fcp: null,
    lcp: [],
    shifts: [],
    headlines: [],
    click: null,
    arrivedFromClick: null,
    nextHeadline: null,
    loaf: [],
  }
  window.__bench = state
  try {
    const stored = sessionStorage.getItem('__benchClick')
    if (stored) {
      state.arrivedFromClick = JSON.parse(stored)
      sessionStorage.removeItem('__benchClick')
    }
  } catch {}

  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) onEntry(entry)
      }).observe({ type, buffered: true })
    } catch {}
  }
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime
  })
  observe('largest-contentful-paint', (entry) => {
    const lcp = entry as PerformanceEntry & { size: number; element: Element | null; url: string }
    state.lcp.push({
      startTime: lcp.startTime,
      size: lcp.size,
      tag: lcp.element?.tagName.toLowerCase() ?? null,
      text: lcp.element?.textContent?.trim().slice(0, 60) ?? null,
      url: lcp.url,
    })
  })
  observe('layout-shift', (entry) => {
    const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean }
    if (!shift.hadRecentInput) state.shifts.push({ startTime: shift.startTime, value: shift.value })
  })
  observe('element', (entry) => {
    const timing = entry as PerformanceEntry & { identifier: string; renderTime: number; element: Element | null }
    if (timing.identifier !== 'h1') return
    state.headlines.push({
      startTime: timing.startTime,
      renderTime: timing.renderTime || timing.startTime,
      text: timing.element?.textContent?.trim() ?? '',
    })
  })
  observe('long-animation-frame', (entry) => {
    const frame = entry as PerformanceEntry & { blockingDuration: number }
    state.loaf.push({ startTime: frame.startTime, duration: frame.duration, blockingDuration: frame.blockingDuration })
  })

  let headlineBeforeClick: string | null = null
  const currentHeadline = () => document.querySelector('h1')?.textContent?.trim() ?? null
  const onMutations = () => {
    for (const h1 of document.querySelectorAll('h1:not([elementtiming])')) h1.setAttribute('elementtiming', 'h1')
    if (!state.click || state.nextHeadline) return
    const text = currentHeadline()
    if (!text || text === headlineBeforeClick) return
    const next = { text, domAt: performance.now(), rafAt: null as number | null }
    state.nextHeadline = next
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        next.rafAt = performance.now()
      }),
    )
  }
  new MutationObserver(onMutations).observe(document, { childList: true, subtree: true, characterData: true })

  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null
      if (!link) return
      const at = performance.now()
      state.click = { at, epoch: performance.timeOrigin + at, href: link.href }
      state.nextHeadline = null
      headlineBeforeClick = currentHeadline()
      try {
        sessionStorage.setItem('__benchClick', JSON.stringify(state.click))
      } catch {}
    },
    true,
  )
}

/**
 * The probe as an init script. tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(…)`
 * helper that does not exist in the page; a no-op stand-in keeps this and every `page.evaluate` callback working.
 */
export const probeScript = `globalThis.__name ??= (fn) => fn;\n(${probe.toString()})();`
