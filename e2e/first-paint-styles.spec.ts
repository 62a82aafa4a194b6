import type { Page } from '@playwright/test'
import { expect, missingArticlePath, neighbours, seed, test } from './fixtures.ts'
import { type StoredPreferences, storePreferences, whenInteractive } from './reader-helpers.ts'

// A prerendered page inlines only the rules its first paint can need, chosen at build time from specimen pages, and
// preloads the full stylesheet for the app to apply as it starts (scripts/critical-css/, decision 013). If a rule were
// missing, the page would paint one way and change, or shift, once the full sheet applies. So each page is held at its
// first paint (the stylesheet's response never comes, so the app never gets to apply it) and every element's computed
// style is compared with the same page under the full sheet (applied as the app does it, with the app's script held,
// so the DOM is the same).

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

/** Waits until the page's markup is all parsed up to the deferred stylesheet and painted twice. */
async function parsedAndPainted(page: Page) {
  await page.locator('footer').waitFor({ state: 'attached' })
  await page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame)
  })
}

const never = () => new Promise<void>(() => {})

async function firstPaintStyles(page: Page, path: string): Promise<Styles> {
  let held = 0
  await page.route('**/assets/*.css', () => {
    held++
    return never()
  })
  await page.goto(path, { waitUntil: 'commit' })
  await parsedAndPainted(page)
  expect(held, 'the full stylesheet was requested (and held)').toBeGreaterThan(0)
  // Nothing but the inlined rules apply: the full sheet is still loading.
  expect(await page.evaluate(() => Array.from(document.styleSheets, (sheet) => sheet.ownerNode?.nodeName))).toEqual([
    'STYLE',
  ])
  return computedStyles(page)
}

async function fullSheetStyles(page: Page, path: string): Promise<Styles> {
  await page.route('**/assets/*.js', never)
  await page.goto(path, { waitUntil: 'commit' })
  await parsedAndPainted(page)
  await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="preload"][as="style"]')
    if (!link) throw new Error('no preloaded stylesheet')
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }))
    link.rel = 'stylesheet'
    await loaded
    await new Promise(requestAnimationFrame)
  })
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

test('the app applies the full stylesheet as it starts', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  const sheets = await page.evaluate(() =>
    Array.from(document.styleSheets, (sheet) => ({
      element: sheet.ownerNode?.nodeName,
      href: sheet.href && new URL(sheet.href).pathname,
      rules: sheet.cssRules.length,
    })),
  )
  expect(sheets).toHaveLength(2)
  const [inlined, full] = sheets
  expect(inlined?.element).toBe('STYLE')
  expect(full?.href).toMatch(/^\/assets\/.+\.css$/)
  // The full sheet has rules the first paint does not need (the comment form's, the shortcuts dialog's).
  expect(full?.rules).toBeGreaterThan(inlined?.rules ?? Number.POSITIVE_INFINITY)
})
