import type { Page } from '@playwright/test'
import { expect, neighbours, seed, test } from './fixtures.ts'
import { layoutShifts, whenInteractive } from './reader-helpers.ts'

// Paragraphs that cannot be on the first screen wait to be laid out until the reader nears them, in the prerendered
// page only (src/articles/first-screen.ts): the first paint lays out what it shows. These check that no marked
// paragraph is ever on a first screen, that a link into the article turns the waiting off, and that the app lays
// the page out whole once it runs.

/**
 * Each body paragraph: its block number, whether it waits (`content-visibility: auto`), whether it is laid out, and
 * its top on the page. One the browser skipped keeps the height the stylesheet estimates for it (its
 * `contain-intrinsic-size`), not the height of the lines it holds, which measuring a range of its text gives (one
 * rectangle per line for the seed's paragraphs, which are plain text).
 */
function paragraphs(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('article [data-block]')).flatMap((block) => {
      const paragraph = block.querySelector(':scope > p')
      if (!paragraph) return []
      const style = getComputedStyle(paragraph)
      const boxHeight = paragraph.getBoundingClientRect().height
      const text = document.createRange()
      text.selectNodeContents(paragraph)
      const lines = text.getClientRects().length
      return [
        {
          block: Number(block.dataset.block),
          waits: style.contentVisibility === 'auto',
          laidOut: boxHeight === lines * Number.parseFloat(style.lineHeight),
          top: block.getBoundingClientRect().top + window.scrollY,
        },
      ]
    }),
  )
}

test.describe('before the app runs', () => {
  test.use({ javaScriptEnabled: false })

  test('on a phone, the paragraphs below the first screen wait to be laid out, and only those', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(seed.path)
    const found = await paragraphs(page)
    const waiting = found.filter((paragraph) => paragraph.waits)
    // Most of the seed's thirty paragraphs, and the last ones are really not laid out.
    expect(waiting.length).toBeGreaterThan(10)
    expect(found.at(-1)).toMatchObject({ waits: true, laidOut: false })
    // The marks run from one block to the end: everything above the first marked one is laid out for real.
    const firstWaiting = found.findIndex((paragraph) => paragraph.waits)
    expect(found.slice(firstWaiting).every((paragraph) => paragraph.waits)).toBe(true)
    expect(found.slice(0, firstWaiting).every((paragraph) => paragraph.laidOut)).toBe(true)
  })

  const screens = [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1200 },
    { width: 2560, height: 1440 },
    { width: 3840, height: 2160 },
  ]
  const articles = [seed.path, neighbours.previous.path, neighbours.next.path]
  // The reader's smallest text in the widest column puts the most text on a screen.
  for (const preferences of [null, 'light.small.wide']) {
    test(`no waiting paragraph is on the first screen of any article, screen or size (${preferences ?? 'defaults'})`, async ({
      page,
      context,
      baseURL,
    }) => {
      if (preferences) await context.addCookies([{ name: 'warta-prefs', value: preferences, url: baseURL ?? '' }])
      const screensWithWaiting: number[] = []
      for (const screen of screens) {
        await page.setViewportSize(screen)
        for (const path of articles) {
          await page.goto(path)
          const firstWaiting = (await paragraphs(page)).find((paragraph) => paragraph.waits)
          if (!firstWaiting) continue
          if (path === seed.path) screensWithWaiting.push(screen.height)
          expect(firstWaiting.top, `${path} at ${screen.width}×${screen.height}`).toBeGreaterThanOrEqual(screen.height)
        }
      }
      // The seed is long enough to have waiting paragraphs on every screen up to 100 em (1,600 px) tall.
      expect(screensWithWaiting).toEqual(screens.map((screen) => screen.height).filter((height) => height <= 1600))
    })
  }

  test('a link to a block opens at that block, with every paragraph laid out', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${seed.path}#p-20`)
    const found = await paragraphs(page)
    expect(found.filter((paragraph) => paragraph.waits)).toEqual([])
    // At its scroll margin (1rem) from the top, as the stylesheet puts a block a link points at.
    const top = await page.locator('#p-20').evaluate((block) => block.getBoundingClientRect().top)
    expect(top).toBeCloseTo(16, 0)
  })
})

test('once the app runs, every paragraph is laid out and nothing moved', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(seed.path)
  await whenInteractive(page)
  await expect(page.locator('[data-fold]')).toHaveCount(0)
  const found = await paragraphs(page)
  expect(found).toHaveLength(seed.blockCount - 1)
  expect(found.filter((paragraph) => paragraph.waits || !paragraph.laidOut)).toEqual([])
  // None at all, even after the keys whenInteractive pressed.
  expect(await layoutShifts(page)).toEqual([])
})
