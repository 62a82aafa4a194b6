import { expect, neighbours, scrollBlockToTop, seed, test } from './fixtures.ts'
import { whenInteractive } from './reader-helpers.ts'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const clipboardText = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText())

test('Share copies the article link at the reader’s current paragraph and says so', async ({ page, baseURL }) => {
  await page.goto(seed.path)
  await scrollBlockToTop(page, 10)
  await expect(page).toHaveURL(`${seed.path}#p-10`)
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  expect(await clipboardText(page)).toBe(`${baseURL}${seed.path}#p-10`)
})

test('a paragraph’s anchor copies a link to that paragraph', async ({ page, baseURL }) => {
  await page.goto(seed.path)
  // Before hydration the anchor is a plain link to #p-3 (no copying): wait for the app, as the other sharing tests do
  // by scrolling first.
  await whenInteractive(page)
  await page.locator('#p-3').hover()
  await page.getByRole('link', { name: 'Link to paragraph 3', exact: true }).click()
  await expect(page.getByText('Link to this paragraph copied')).toBeVisible()
  expect(await clipboardText(page)).toBe(`${baseURL}${seed.path}#p-3`)
  await expect(page).toHaveURL(`${seed.path}#p-3`)
})

test('once the app runs, every block has an anchor that appears on hover and on keyboard focus', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  const anchors = page.getByRole('link', { name: /^Link to paragraph \d+$/ })
  await expect(anchors).toHaveCount(seed.blockCount)
  const third = page.getByRole('link', { name: 'Link to paragraph 3', exact: true })
  await expect(third).toHaveAttribute('href', '#p-3')
  await expect(third).toHaveCSS('opacity', '0')
  await page.locator('#p-3').hover()
  await expect(third).toHaveCSS('opacity', '1')

  // Keyboard: from the headline, Tab passes the Share button and lands on the first paragraph's anchor.
  await page.mouse.move(0, 0)
  const first = page.getByRole('link', { name: 'Link to paragraph 1', exact: true })
  await page.getByRole('heading', { level: 1 }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(first).toBeFocused()
  await expect(first).toHaveCSS('opacity', '1')
  await expect(third).toHaveCSS('opacity', '0')
})

const quote = 'sebuah pertunjukan kemewahan yang luar biasa'

/** Selects the first occurrence of `text` in a body block's paragraph, as a reader's drag would. */
async function selectInBlock(page: import('@playwright/test').Page, blockNumber: number, text: string) {
  await page.locator(`#p-${blockNumber} p`).evaluate((paragraph, selected) => {
    const node = paragraph.firstChild as Text
    const start = node.data.indexOf(selected)
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + selected.length)
    document.getSelection()?.removeAllRanges()
    document.getSelection()?.addRange(range)
  }, text)
}

const sharedQuoteHighlight = (page: import('@playwright/test').Page) =>
  page.evaluate(() => [...(CSS.highlights.get('shared-quote') ?? [])].map((range) => range.toString()))

/** The body block at the middle of the viewport, where the browser puts the passage a text fragment names. */
const blockAtViewportCentre = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('[data-block]')?.id)

// Paragraph 8. Its first words, "Luar Negeri Rusia", already occur in paragraph 4.
const repeatedStart =
  'Luar Negeri Rusia mengunggah di X bahwa Putin mengirimkan “salam hangatnya” kepada Kim, “dan menegaskan kembali komitmennya'

for (const { kind, selected, quoted } of [
  { kind: 'whose first words occur earlier', selected: repeatedStart, quoted: repeatedStart },
  {
    kind: 'selected from and to the middle of a word',
    selected: 'n Luar Negeri Rusia mengunggah di X bahwa Putin me',
    quoted: 'Kementerian Luar Negeri Rusia mengunggah di X bahwa Putin mengirimkan',
  },
]) {
  test(`a quote ${kind} gets a link that opens on it alone, with and without the app`, async ({
    page,
    context,
    browser,
  }) => {
    await page.goto(seed.path)
    await selectInBlock(page, 8, selected)
    await page.getByRole('button', { name: 'Share quote' }).click()
    await expect(page.getByText('Link to the quote copied')).toBeVisible()
    const link = await clipboardText(page)
    expect(link).toContain(`${seed.path}#p-8:~:text=`)

    const reader = await context.newPage()
    await reader.goto(link)
    await expect(reader.locator('#p-8')).toBeInViewport()
    await expect.poll(() => sharedQuoteHighlight(reader)).toEqual([quoted])

    // The browser alone searches the whole page from the top: the link must not match anything before the passage.
    const withoutScript = await browser.newContext({ javaScriptEnabled: false })
    const plainReader = await withoutScript.newPage()
    await plainReader.goto(link)
    await expect.poll(() => blockAtViewportCentre(plainReader)).toBe('p-8')
    await withoutScript.close()
  })
}

test('an ambiguous quote link is highlighted in the paragraph it names', async ({ page }) => {
  // As links were made before their start words were made unique: the first "Luar Negeri Rusia" is in paragraph 4.
  await page.goto(`${seed.path}#p-8:~:text=Luar%20Negeri%20Rusia,menegaskan%20kembali%20komitmennya`)
  await expect.poll(() => sharedQuoteHighlight(page)).toEqual([repeatedStart])
})

test('a second quote link opened in the same tab replaces the first one’s highlight', async ({ page }) => {
  await page.goto(`${seed.path}#p-18:~:text=${encodeURIComponent(quote)}`)
  await expect.poll(() => sharedQuoteHighlight(page)).toEqual([quote])
  await page.goto(`${seed.path}#p-8:~:text=salam%20hangatnya`)
  await expect.poll(() => sharedQuoteHighlight(page)).toEqual(['salam hangatnya'])
  await expect(page.locator('#p-8')).toBeInViewport()
})

test('a #:~:text= link scrolls to the passage in the middle of the seed and highlights it', async ({ page }) => {
  await page.goto(`${seed.path}#:~:text=${encodeURIComponent(quote)}`)
  const block = page.locator('[data-block]').filter({ hasText: quote })
  await expect(block).toBeInViewport()
  await expect.poll(() => sharedQuoteHighlight(page)).toEqual([quote])
})

test('selecting text offers "Share quote", whose link opens on that passage', async ({ page, context }) => {
  await page.goto(seed.path)
  const selected = 'kemewahan yang luar biasa'
  await selectInBlock(page, 18, selected)
  await page.getByRole('button', { name: 'Share quote' }).click()
  await expect(page.getByText('Link to the quote copied')).toBeVisible()
  const link = await clipboardText(page)
  expect(link).toMatch(new RegExp(`${seed.path}#p-18:~:text=kemewahan%20yang%20luar%20biasa$`))

  const reader = await context.newPage()
  await reader.goto(link)
  await expect(reader.locator('#p-18')).toBeInViewport()
  await expect.poll(() => sharedQuoteHighlight(reader)).toEqual([selected])

  // The browser centres the passage, under other paragraphs. Once the reading-position tracker has looked (it has
  // remembered the place), the address is still the one that was shared, until the reader scrolls on.
  const remembered = () => reader.evaluate(() => window.localStorage.getItem('warta:continue-reading') ?? '')
  await expect.poll(remembered).toContain(seed.slug)

  expect(new URL(reader.url()).hash).toMatch(/^#p-18(:~:|$)/)
  await reader.mouse.move(200, 300)
  await reader.mouse.wheel(0, 1500)
  await expect(reader).not.toHaveURL(/#p-18/)
  await expect(reader).toHaveURL(/#p-\d+$/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the seed is fully readable and Previous, Next and home are plain links', async ({ page }) => {
    await page.goto(seed.path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
    await expect(page.getByRole('heading', { level: 2, name: seed.subheading })).toBeVisible()
    await expect(page.locator('[data-block]')).toHaveCount(seed.blockCount)
    await expect(page.getByText('Reading and posting comments needs JavaScript.')).toBeVisible()
    // Nothing is offered that would need the script: no buttons, no paragraph anchors, no progress bar.
    await expect(page.getByRole('button')).toHaveCount(0)
    await expect(page.getByRole('link', { name: /^Link to paragraph/ })).toHaveCount(0)
    await expect(page.getByRole('progressbar')).toHaveCount(0)

    await page.getByRole('link', { name: /Next Post/ }).click()
    await expect(page).toHaveURL(neighbours.next.path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.next.headline)
    await page.getByRole('link', { name: /Previous Post/ }).click()
    await expect(page).toHaveURL(seed.path)
    await page.getByRole('link', { name: /Previous Post/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.previous.headline)
    await page.getByRole('link', { name: /All articles/ }).click()
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('link', { name: seed.headline })).toBeVisible()
  })
})

test('an unknown path answers HTTP 404 with the not-found page, an article 200', async ({ page, consoleErrors }) => {
  const missing = await page.goto('/no/such/page')
  expect(missing?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Page not found')
  const article = await page.goto(seed.path)
  expect(article?.status()).toBe(200)
  // The browser logs the 404 document itself.
  expect(consoleErrors.filter((text) => !/404/.test(text))).toEqual([])
  consoleErrors.length = 0
})
