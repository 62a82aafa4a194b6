import { type APIRequestContext, type Page, test } from '@playwright/test'
import { PREFERENCES_COOKIE, preferencesCookieValue } from '../src/preferences/preferences-cookie.ts'
import { defaultPreferences } from '../src/preferences/preferences-schema.ts'
import { expect } from './fixtures.ts'

export type StoredPreferences = Partial<{
  theme: 'system' | 'light' | 'dark' | 'sepia'
  textSize: 'small' | 'medium' | 'large' | 'x-large' | 'xx-large'
  lineWidth: 'narrow' | 'normal' | 'wide'
  language: 'en' | 'id'
}>

/**
 * Puts preferences (or any raw text) into localStorage before the page's own scripts run, as a returning reader has,
 * and, unless `withCookie` is false, the cookie the app keeps beside them for the server (none for raw text).
 */
export async function storePreferences(
  page: Page,
  preferences: StoredPreferences | string,
  { withCookie = true } = {},
) {
  const stored = typeof preferences === 'string' ? preferences : JSON.stringify(preferences)
  await page.addInitScript((value) => window.localStorage.setItem('warta:preferences', value), stored)
  if (!withCookie || typeof preferences === 'string') return
  const value = preferencesCookieValue({ ...defaultPreferences, ...preferences })
  const url = test.info().project.use.baseURL
  if (value !== null && url) await page.context().addCookies([{ name: PREFERENCES_COOKIE, value, url }])
}

/**
 * Waits until the prerendered page has hydrated and its keyboard shortcuts listen: `?` opens the help dialog only
 * then. Esc closes it again, leaving focus where it was.
 */
export async function whenInteractive(page: Page) {
  const help = page.getByRole('dialog', { name: /Keyboard shortcuts|Pintasan keyboard/ })
  await expect(async () => {
    await page.keyboard.press('?')
    await expect(help).toBeVisible({ timeout: 250 })
  }).toPass()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
}

/** True when the page can be read without scrolling sideways. */
export const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

/**
 * The page's largest contentful paint so far: how many candidates the browser recorded, and where the last one (the
 * one that counts) is. Its element is null if it has left the document since it was painted (say, replaced while
 * hydrating), which fails a test expecting the headline or the opening paragraph, as it should.
 */
export function largestContentfulPaint(page: Page) {
  return page.evaluate(() => {
    // A buffered observer holds what was recorded so far at once: takeRecords() reads it without waiting for a
    // callback that would never come if there were nothing to report.
    const observer = new PerformanceObserver(() => {})
    observer.observe({ type: 'largest-contentful-paint', buffered: true })
    const entries = observer.takeRecords() as (PerformanceEntry & { element: Element | null })[]
    const element = entries.at(-1)?.element ?? null
    return {
      count: entries.length,
      element: element ? `${element.tagName} in #${element.closest('[id]')?.id}` : null,
      isHeadline: element?.tagName === 'H1',
      inFirstParagraph: Boolean(element?.closest('#p-1')),
    }
  })
}

/**
 * Every layout shift recorded on the page so far, as the browser reports it: when, how much, whether input came just
 * before it, and what moved (element, then its box before → after), so that a failure says where to look. A buffered
 * observer holds the records at once; takeRecords() reads them without waiting for a callback that would never come
 * if there were none.
 */
export function layoutShifts(page: Page) {
  return page.evaluate(() => {
    type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] }
    const box = ({ x, y, width, height }: DOMRectReadOnly) => [x, y, width, height].map(Math.round).join(',')
    const name = (node: Node | null | undefined) =>
      node instanceof Element
        ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`
        : (node?.nodeName ?? '(gone)')
    const observer = new PerformanceObserver(() => {})
    observer.observe({ type: 'layout-shift', buffered: true })
    return (observer.takeRecords() as Shift[]).map((entry) => ({
      at: Math.round(entry.startTime),
      value: entry.value,
      hadRecentInput: entry.hadRecentInput,
      moved: entry.sources.map(
        (source) => `${name(source.node)} [${box(source.previousRect)}] → [${box(source.currentRect)}]`,
      ),
    }))
  })
}

/**
 * Starts watching, from before the page's own scripts run, for two signs that the app did not keep the page the server
 * sent: its heading going away once painted (a busy skeleton or a blank page in its place), and requests for bundled
 * data. Call before `goto`.
 */
export async function watchForReplacedPages(page: Page) {
  await page.addInitScript(() => {
    const watched = window as unknown as { headingShown: boolean; headingLost: boolean }
    watched.headingShown = false
    watched.headingLost = false
    new MutationObserver(() => {
      const shown = document.querySelector('main h1') !== null
      if (watched.headingShown && !shown) watched.headingLost = true
      watched.headingShown ||= shown
    }).observe(document, { subtree: true, childList: true })
  })
  const dataRequests: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (pathname.startsWith('/data/')) dataRequests.push(pathname)
  })
  return {
    dataRequests,
    headingLost: () => page.evaluate(() => (window as unknown as { headingLost: boolean }).headingLost),
  }
}

/**
 * Holds every request matching `url` until the returned function is called: data or comments that arrive late, so a
 * test can act while the page is still waiting for them.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(url, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Posts one comment per body to `slug` through the API, as readers would have, each one accepted. */
export async function postComments(request: APIRequestContext, slug: string, bodies: readonly string[]) {
  for (const body of bodies) {
    const response = await request.post(`/api/articles/${slug}/comments`, {
      data: { name: 'Pembaca', body, website: '' },
    })
    expect(response.status()).toBe(201)
  }
}

/** `count` comment bodies: `label #1` … `label #count`. */
export const numberedBodies = (label: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${label} #${index + 1}`)
