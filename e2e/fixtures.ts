import { test as base, expect } from '@playwright/test'

export const seed = {
  slug: 'kim-jong-un-dukung-rusia-di-ukraina',
  path: '/articles/kim-jong-un-dukung-rusia-di-ukraina',
  headline:
    "Pemimpin Korea Utara Kim Jong Un tegaskan kembali dukungan tanpa syarat terhadap 'semua' tindakan Rusia di Ukraina",
  subheading: 'Terintegrasi ke dalam perang Rusia',
  blockCount: 30,
} as const

/** The articles around the seed in reading order (newest first). */
export const neighbours = {
  previous: { path: '/articles/tentang-warta', headline: 'Tentang Warta' },
  next: { path: '/articles/membaca-dengan-tautan', headline: /Reading with links/ },
} as const

/** An article address with no article behind it: the not-found page, answered with HTTP 404. */
export const missingArticlePath = '/articles/no-such-article'

type Fixtures = { consoleErrors: string[] }

/**
 * Every test fails on a console error or an uncaught page error unless it says it expects some, so a broken hydration,
 * a failed fetch or a React warning never passes unnoticed.
 */
export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors and warnings').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Removes the browser's "Failed to load resource … 404" lines, which a not-found page causes by design, and fails if
 * anything else was logged.
 */
export function allowNotFoundResponses(consoleErrors: string[]) {
  const others = consoleErrors.filter((text) => !/Failed to load resource: .* 404/.test(text))
  expect(others).toEqual([])
  consoleErrors.length = 0
}

/** Scrolls so the given body block sits at the top of the viewport, as a reader would. */
export async function scrollBlockToTop(page: import('@playwright/test').Page, blockNumber: number) {
  await page.locator(`#p-${blockNumber}`).evaluate((element) => element.scrollIntoView({ block: 'start' }))
}

/**
 * Scrolls to "Post a Comment", as a reader does at the end of an article: the comments (their code and the server's
 * list) load as the section nears the viewport. Resolves once the panel is in.
 */
export async function openComments(page: import('@playwright/test').Page) {
  const section = page.locator('#comments')
  await section.scrollIntoViewIfNeeded()
  await expect(section.getByRole('status').filter({ hasText: 'Loading comments' })).toHaveCount(0)
}

/**
 * Follows "Previous Post" or "Next Post" at the end of an article. The comments above those links load as they near
 * the viewport, and their arrival pushes the links down: a click sent in that moment lands where the link was, beside
 * it, as a reader's tap would. So the click waits until the comments are in.
 */
export async function followPager(page: import('@playwright/test').Page, link: 'Previous Post' | 'Next Post') {
  await openComments(page)
  await page.getByRole('link', { name: new RegExp(link) }).click()
}
