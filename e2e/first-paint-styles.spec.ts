import type { Page } from '@playwright/test'
import { expect, missingArticlePath, neighbours, seed, test } from './fixtures.ts'
import {
  holdRequests,
  largestContentfulPaint,
  layoutShifts,
  type StoredPreferences,
  storePreferences,
  whenInteractive,
} from './reader-helpers.ts'

// A prerendered page inlines only the rules its first paint can need, chosen at build time from specimen pages, and
// links the full stylesheet in its body (scripts/critical-css/, decisions 013 and 017). Chromium paints what comes
// before that link without it; another browser may paint the whole page with the inlined rules alone until it arrives.
// If a rule were missing, the page would paint one way and change, or shift, once the full sheet applies. So each page
// is loaded with the full sheet answered empty (the page is parsed to the end with nothing but the inlined rules) and
// every element's computed style is compared with the same page under the full sheet. The app's script is held in both,
// so the DOM is the same.

type Styles = Record<string, Record<string, string>>

/** Every computed property of every element, and of its ::before, ::after and ::marker, keyed by the element's path. */
function computedStyles(page: Page): Promise<Styles> {
  return page.evaluate(() => {
    const result: Record<string, Record<string, string>> = {}
    const pathOf = (element: Element): string => {
      const parent = element.parentElement
      if (!parent) return element.tagName.toLowerCase()
      const index = Array.prototype.indexOf.call(parent.children, element)
      return `${pathOf(parent)} > ${element.tagName.toLowerCase()}:nth-child(${index + 1})${element.id ? `#${element.id}` : ''}`
    }
    for (const element of document.querySelectorAll('html, body, body *')) {
      if (element.matches('script, style, link, noscript')) continue
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        const style = getComputedStyle(element, pseudo)
        const values: Record<string, string> = {}
        for (const property of Array.from(style)) values[property] = style.getPropertyValue(property)
        result[`${pathOf(element)}${pseudo ?? ''}`] = values
      }
    }
    return result
  })
}

/** Waits until the page has painted twice more. */
const paintedTwice = (page: Page) =>
  page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame)
  })

/** Waits until the page's markup is all parsed and painted twice. */
async function parsedAndPainted(page: Page) {
  await page.locator('footer').waitFor({ state: 'attached' })
  await paintedTwice(page)
}

const never = () => new Promise<void>(() => {})

/** The page's stylesheets: which element holds each, and how many rules it has. */
const stylesheets = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.styleSheets, (sheet) => ({
      element: sheet.ownerNode?.nodeName,
      href: sheet.href && new URL(sheet.href).pathname,
      rules: sheet.cssRules.length,
    })),
  )

async function firstPaintStyles(page: Page, path: string): Promise<Styles> {
  let answered = 0
  await page.route('**/assets/*.js', never)
  await page.route('**/assets/*.css', (route) => {
    answered++
    return route.fulfill({ contentType: 'text/css', body: '' })
  })
  await page.goto(path, { waitUntil: 'commit' })
  await parsedAndPainted(page)
  expect(answered, 'the full stylesheet was requested (and answered empty)').toBeGreaterThan(0)
  // Nothing but the inlined rules apply.
  expect(
    (await stylesheets(page)).map(({ element, rules }) => `${element} ${rules > 0 ? 'with' : 'without'} rules`),
  ).toEqual(['STYLE with rules', 'LINK without rules'])
  return computedStyles(page)
}

async function fullSheetStyles(page: Page, path: string): Promise<Styles> {
  await page.route('**/assets/*.js', never)
  await page.goto(path, { waitUntil: 'commit' })
  await parsedAndPainted(page)
  const [, full] = await stylesheets(page)
  expect(full?.rules, 'the full stylesheet applies').toBeGreaterThan(0)
  return computedStyles(page)
}

function differences(first: Styles, full: Styles): string[] {
  const found: string[] = []
  for (const [element, values] of Object.entries(full)) {
    const painted = first[element]
    if (!painted) {
      found.push(`${element}: not in the first paint's page`)
      continue
    }
    for (const [property, value] of Object.entries(values)) {
      if (painted[property] !== value) found.push(`${element} { ${property}: ${painted[property]} → ${value} }`)
    }
  }
  return found
}

const pages = [
  { name: 'the seed article', path: seed.path },
  { name: 'another article', path: neighbours.next.path },
  { name: 'the home page', path: '/' },
  { name: 'the not-found page', path: missingArticlePath },
]

const settings: {
  name: string
  viewport: { width: number; height: number }
  stored?: StoredPreferences
  dark?: true
}[] = [
  { name: 'by default on a phone', viewport: { width: 390, height: 844 } },
  { name: 'by default on a desktop', viewport: { width: 1280, height: 720 } },
  { name: 'in a system set to dark', viewport: { width: 390, height: 844 }, dark: true },
  { name: 'in the dark theme', viewport: { width: 1280, height: 720 }, stored: { theme: 'dark' } },
  {
    name: 'in sepia, large text and narrow lines',
    viewport: { width: 390, height: 844 },
    stored: { theme: 'sepia', textSize: 'x-large', lineWidth: 'narrow' },
  },
]

for (const { name, path } of pages) {
  for (const setting of settings) {
    test(`${name} ${setting.name} paints with the inlined rules exactly as with the full stylesheet`, async ({
      browser,
    }) => {
      const styles: Styles[] = []
      for (const load of [firstPaintStyles, fullSheetStyles]) {
        const context = await browser.newContext({
          viewport: setting.viewport,
          colorScheme: setting.dark ? 'dark' : 'light',
          baseURL: test.info().project.use.baseURL,
        })
        const page = await context.newPage()
        if (setting.stored) await storePreferences(page, setting.stored)
        styles.push(await load(page, path))
        await context.close()
      }
      const [first = {}, full = {}] = styles
      expect(Object.keys(full).length).toBeGreaterThan(30)
      expect(differences(first, full)).toEqual([])
    })
  }
}

test('an article paints its opening blocks while the rest of the page waits for the full stylesheet', async ({
  page,
}) => {
  const release = await holdRequests(page, '**/assets/*.css')
  await page.goto(seed.path, { waitUntil: 'commit' })
  await page.locator('#p-3').waitFor({ state: 'attached' })
  await paintedTwice(page)
  // Painted: the headline and the opening blocks, the largest of them the page's largest contentful paint.
  const lcp = await largestContentfulPaint(page)
  expect(lcp.count).toBeGreaterThan(0)
  expect(lcp.isHeadline || lcp.inFirstParagraph, `LCP element: ${lcp.element}`).toBe(true)
  await expect(page.getByRole('heading', { level: 1, name: seed.headline })).toBeVisible()
  await expect(page.locator('#p-3')).toBeVisible()
  // The parser waits at the stylesheet: nothing after it is in the document yet.
  expect(await page.locator('[data-block]').count()).toBe(3)
  await expect(page.locator('footer')).toHaveCount(0)

  release()
  await page.locator('footer').waitFor({ state: 'attached' })
  expect(await page.locator('[data-block]').count()).toBeGreaterThan(3)
  await expect(page.locator('#p-4')).toBeVisible()
  // What arrives after the first paint goes below what was painted: nothing moves.
  expect(await layoutShifts(page)).toEqual([])
})

test('the app takes the full stylesheet into the head as it starts, out of what React renders', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  const sheets = await stylesheets(page)
  expect(sheets).toHaveLength(2)
  const [inlined, full] = sheets
  expect(inlined?.element).toBe('STYLE')
  expect(full?.href).toMatch(/^\/assets\/.+\.css$/)
  // The full sheet has rules the first paint does not need (the comment form's, the shortcuts dialog's).
  expect(full?.rules).toBeGreaterThan(inlined?.rules ?? Number.POSITIVE_INFINITY)
  expect(await page.locator('head link[rel="stylesheet"]').count()).toBe(1)
  expect(await page.locator('#root link').count()).toBe(0)
})
