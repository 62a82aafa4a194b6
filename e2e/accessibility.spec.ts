import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { allowNotFoundResponses, expect, missingArticlePath, neighbours, openComments, seed, test } from './fixtures.ts'
import { fitsWidth, storePreferences, whenInteractive } from './reader-helpers.ts'

const pages = [
  { name: 'the home page', path: '/', notFound: false },
  { name: 'an article with its comments', path: seed.path, notFound: false },
  { name: 'the not-found page', path: missingArticlePath, notFound: true },
] as const

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze()
  // Rule, impact and the offending elements: enough to fix it from the test report.
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
}

for (const theme of ['light', 'dark', 'sepia'] as const) {
  for (const { name, path, notFound } of pages) {
    test(`${name} has no WCAG 2.2 AA violations in the ${theme} theme`, async ({ page, consoleErrors }) => {
      await storePreferences(page, { theme })
      await page.goto(path)
      await whenInteractive(page)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      if (path === seed.path) await expect(page.locator('#comments')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      if (notFound) allowNotFoundResponses(consoleErrors)
    })
  }
}

test('the system theme follows a dark OS setting, with no violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(seed.path)
  await whenInteractive(page)
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background)
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page)).toEqual([])
})

test('the open settings panel and the shortcuts dialog have no violations', async ({ page }) => {
  await page.goto('/')
  await whenInteractive(page)
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByLabel('Theme')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('landmarks: banner, main, content info and labelled navigation', async ({ page }) => {
  await page.goto(seed.path)
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('contentinfo')).toHaveCount(1)
  await expect(page.getByRole('navigation', { name: 'More articles' })).toBeVisible()
})

test('"Skip to content" is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The next Tab continues inside the main content, not in the header.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
})

test('after a client-side navigation focus is on the new h1 and the title is announced', async ({ page }) => {
  // Instant scrolling: a fragment jump lands at once, so the hash checked below is the one we set.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/')
  await whenInteractive(page)
  // Not on the first load: the browser's own start is right there.
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused()
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page).toHaveURL(seed.path)
  const headline = page.getByRole('heading', { level: 1 })
  await expect(headline).toHaveText(seed.headline)
  await expect(headline).toBeFocused()
  const announcer = page.locator('[aria-live="polite"]').filter({ hasText: seed.headline })
  await expect(announcer).toHaveText(`${seed.headline} — Warta`)

  // Only the hash changing is not a new page: focus is not pulled back to the headline.
  await page.keyboard.press('Tab')
  await expect(headline).not.toBeFocused()
  await page.evaluate(() => {
    window.location.hash = '#p-5'
  })
  await expect(page).toHaveURL(`${seed.path}#p-5`)
  await expect(headline).not.toBeFocused()

  await page.goBack()
  await expect(page).toHaveURL(seed.path)
  await page.goBack()
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Warta' })).toHaveText('Warta')
})

test('every control shows a visible focus indicator, all the way round the Tab order', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  // The comment form and the settings fields arrive on demand: have them on the page before walking the order.
  await openComments(page)
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible()
  const settings = page.getByRole('button', { name: 'Settings' })
  await settings.click()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible()

  // Tab from the Settings button until focus comes back to it: once round every control, wherever it sits.
  const seen: string[] = []
  for (let stop = 0; stop < 100; stop++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      // Past the last control focus leaves the page for the browser's own UI; the next Tab brings it back.
      if (!element || element === document.body) return null
      const style = getComputedStyle(element)
      // Its words as shown: a label's other translations, there only to hold its width, are invisible.
      let shownText = ''
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement && getComputedStyle(node.parentElement).visibility === 'visible') {
          shownText += node.textContent
        }
      }
      return {
        name: `${element.tagName} ${element.getAttribute('aria-label') ?? shownText.trim().slice(0, 30)}`,
        outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      }
    })
    if (focused === null) continue
    expect(focused.outline, `${focused.name} shows focus`).toBe(true)
    if (focused.name === 'BUTTON Settings') break
    seen.push(focused.name)
  }
  await expect(settings).toBeFocused()
  for (const control of [
    'A Skip to content',
    'A Warta',
    'SELECT SmallMediumLargeLargerLargest',
    'SELECT SystemLightDarkSepia',
    'BUTTON Share',
    'A Link to paragraph 1',
    `A Link to paragraph ${seed.blockCount}`,
    'INPUT ',
    'TEXTAREA ',
    'BUTTON Publish',
    'A ← All articles',
    'BUTTON Keyboard shortcuts',
  ]) {
    expect(seen, `${control} is in the Tab order`).toContain(control)
  }
  expect(seen.some((name) => name.startsWith('A ← Previous Post'))).toBe(true)
  expect(seen.some((name) => name.startsWith('A Next Post →'))).toBe(true)
})

test('reduced motion turns off smooth scrolling and the landing highlight', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${seed.path}#p-12`)
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto')
  const block = page.locator('#p-12')
  await expect(block).toHaveAttribute('data-highlighted', '')
  expect(
    await block.evaluate((element) => Number.parseFloat(getComputedStyle(element).animationDuration)),
  ).toBeLessThan(0.001)
})

for (const { name, path, notFound } of pages) {
  test(`${name} fits 320 px without sideways scrolling, at the largest text size too`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(path)
    await whenInteractive(page)
    expect(await fitsWidth(page)).toBe(true)
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Text size').selectOption('xx-large')
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xx-large')
    expect(await fitsWidth(page)).toBe(true)
    if (notFound) allowNotFoundResponses(consoleErrors)
  })
}

test("every text is marked with its language: the article's own, the interface's, each neighbour's", async ({
  page,
}) => {
  /** The language a screen reader would read `locator`'s text in: that of its nearest element with a `lang`. */
  const languageOf = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => element.closest<HTMLElement>('[lang]')?.lang)
  const article = page.locator('article')
  const pager = page.getByRole('navigation', { name: /More articles|Artikel lainnya/ })
  const check = async (ui: string) => {
    expect(await languageOf(article.getByRole('heading', { level: 1 }))).toBe('id')
    expect(await languageOf(article.locator('#p-1 p'))).toBe('id')
    expect(await languageOf(article.locator('time'))).toBe('id')
    // The interface's words inside the Indonesian article.
    expect(await languageOf(article.getByText(/min read|menit/))).toBe(ui)
    expect(await languageOf(article.getByRole('button', { name: /^(Share|Bagikan)$/ }))).toBe(ui)
    expect(await languageOf(article.locator('#p-1 a'))).toBe(ui)
    // The neighbours' titles: one Indonesian, one English.
    expect(await languageOf(pager.getByText(neighbours.previous.headline))).toBe('id')
    expect(await languageOf(pager.getByText(neighbours.next.headline))).toBe('en')
    expect(await languageOf(pager.getByText(/Next Post|Posting Berikutnya/))).toBe(ui)
  }
  await page.goto(seed.path)
  await whenInteractive(page)
  await openComments(page)
  await check('en')

  await storePreferences(page, { language: 'id' })
  await page.reload()
  await whenInteractive(page)
  await openComments(page)
  await check('id')
})

for (const width of [320, 390]) {
  test(`a paragraph's link, shown by focus, sits on a ${width} px screen beside the text`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto(seed.path)
    await whenInteractive(page)
    const anchor = page.locator('#p-1 a')
    await anchor.focus()
    await expect(anchor).toHaveCSS('opacity', '1')
    const box = await anchor.boundingBox()
    const text = await page.locator('#p-1 p').boundingBox()
    expect(box && text).toBeTruthy()
    if (!box || !text) return
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(text.x)
  })
}
