import type { Browser, Page } from '@playwright/test'
import { expect, neighbours, openComments, seed, test } from './fixtures.ts'
import { numberedBodies, postComments, whenInteractive } from './reader-helpers.ts'

// Tests run in parallel against one database: every comment text is unique, and the only test that counts comments has
// `tentang-warta` to itself.
const countArticle = { path: neighbours.previous.path }
// The "Show more" test fills this one with pages of comments; nothing else here counts its comments.
const pagedArticle = 'membaca-dengan-tautan'

const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 10)}`

const section = (page: Page) => page.getByRole('region', { name: 'Post a Comment' })
const nameField = (page: Page) => section(page).getByRole('textbox', { name: 'Name', exact: true })
const bodyField = (page: Page) => section(page).getByRole('textbox', { name: 'Comment', exact: true })
const publishButton = (page: Page) => section(page).getByRole('button', { name: 'Publish' })
const countHeading = (page: Page) => section(page).getByRole('heading', { level: 3 })
const commentItem = (page: Page, text: string) => section(page).getByRole('listitem').filter({ hasText: text })
const storedDraft = (page: Page, slug: string) =>
  page.evaluate((key) => window.localStorage.getItem(key), `warta:draft:${slug}`)

/** Opens an article and waits until its comments have loaded and the form is ready for typing. */
async function openArticle(page: Page, path: string) {
  await page.goto(path)
  await openComments(page)
  await expect(countHeading(page)).toHaveText(/^(No comments yet|\d+ Comments?)$/)
  await expect(nameField(page)).toBeEditable()
}

async function publish(page: Page, name: string, body: string) {
  await nameField(page).fill(name)
  await bodyField(page).fill(body)
  await publishButton(page).click()
}

const countText = (count: number) => (count === 0 ? 'No comments yet' : `${count} Comment${count === 1 ? '' : 's'}`)

async function currentCount(page: Page): Promise<number> {
  const text = (await countHeading(page).textContent()) ?? ''
  return text === 'No comments yet' ? 0 : Number(/^(\d+)/.exec(text)?.[1])
}

/** Drops the console lines a deliberately failed request causes, and fails on anything else. */
function allowFailedRequests(consoleErrors: string[], pattern: RegExp) {
  const others = consoleErrors.filter((text) => !pattern.test(text))
  expect(others, 'unexpected console errors').toEqual([])
  consoleErrors.length = 0
}

async function openInNewContext(browser: Browser, path: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await openArticle(page, path)
  return { page, close: () => context.close() }
}

test('a published comment shows with its name and date, survives a reload, and others see it', async ({
  page,
  browser,
}) => {
  await openArticle(page, countArticle.path)
  const before = await currentCount(page)
  const name = unique('Sari')
  const body = unique('Artikel yang bagus.')

  await publish(page, name, body)
  const item = commentItem(page, body)
  await expect(item).toBeVisible()
  await expect(item).toContainText(name)
  await expect(countHeading(page)).toHaveText(countText(before + 1))
  await expect(section(page).getByRole('status').filter({ hasText: 'Your comment is published' })).toBeVisible()
  await expect(bodyField(page)).toHaveValue('')

  // The date is in the UI's language (English here, under an Indonesian article), as is the text around it and its
  // `lang`, from the instant the server recorded.
  const time = item.locator('time')
  const createdAt = await time.getAttribute('datetime')
  expect(Date.now() - Date.parse(createdAt ?? '')).toBeLessThan(5 * 60_000)
  expect(await page.locator('article').getAttribute('lang')).toBe('id')
  const lang = await time.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))
  expect(lang).toBe('en')
  const expectedDate = await page.evaluate(
    ([iso, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
    [createdAt ?? '', lang ?? ''] as const,
  )
  await expect(time).toHaveText(expectedDate)

  await page.reload()
  await openComments(page)
  await expect(commentItem(page, body)).toContainText(name)
  await expect(countHeading(page)).toHaveText(countText(before + 1))

  const other = await openInNewContext(browser, countArticle.path)
  await expect(commentItem(other.page, body)).toContainText(name)
  expect(await currentCount(other.page)).toBeGreaterThanOrEqual(before + 1)
  await other.close()
})

test("a comment's date and its # link stay on one line, whatever the screen's width", async ({ page }) => {
  await openArticle(page, seed.path)
  const body = unique('Line-up check')
  await publish(page, 'Kusumawardhani Ratna Sari Dewi', body)
  const item = commentItem(page, body)
  await expect(item).toBeVisible()
  const time = item.locator('time')
  const link = item.getByRole('link', { name: /Link to the comment/ })
  const misplaced: number[] = []
  for (let width = 320; width <= 640; width += 8) {
    await page.setViewportSize({ width, height: 800 })
    const [timeBox, linkBox] = await Promise.all([time.boundingBox(), link.boundingBox()])
    if (!timeBox || !linkBox || Math.abs(timeBox.y + timeBox.height - (linkBox.y + linkBox.height)) > 2) {
      misplaced.push(width)
    }
  }
  expect(misplaced, 'widths where the # sat on a line of its own').toEqual([])
})

test('hostile text is shown exactly as typed, inert, and a very long word cannot widen the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await openArticle(page, seed.path)

  const name = `<b onmouseover=alert(1)>${unique('Mallory')}</b>`
  const url = `https://example.com/${unique('not-a-link').replace(' ', '-')}`
  const body = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'مرحبا بالعالم 👋🏽 — halo dunia 🇮🇩',
    url,
    'x'.repeat(4000),
  ].join('\n')
  await publish(page, name, body)

  const item = commentItem(page, url)
  await expect(item).toBeVisible()
  expect(await item.locator('[data-comment-body]').textContent()).toBe(body)
  await expect(item.getByText(name, { exact: true })).toBeVisible()
  await expect(item.locator('img, script, b')).toHaveCount(0)
  await expect(item.getByRole('link', { name: /example\.com/ })).toHaveCount(0)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  // Line breaks are kept: the body is at least as many lines tall as it has lines.
  const lineHeight = await item.locator('[data-comment-body]').evaluate((element) => {
    const style = getComputedStyle(element)
    return { height: element.getBoundingClientRect().height, line: Number.parseFloat(style.lineHeight) }
  })
  expect(lineHeight.height).toBeGreaterThan(lineHeight.line * 4)

  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth)

  await page.reload()
  await openComments(page)
  await expect(commentItem(page, url).locator('[data-comment-body]')).toHaveText(body)
  expect(dialogs).toEqual([])
})

test('the draft survives a reload', async ({ page }) => {
  await openArticle(page, neighbours.next.path)
  const name = unique('Budi')
  const body = `${unique('Belum selesai')}\nbaris kedua`
  await nameField(page).fill(name)
  await bodyField(page).fill(body)

  await page.reload()
  await openComments(page)
  await expect(nameField(page)).toHaveValue(name)
  await expect(bodyField(page)).toHaveValue(body)
})

test('a failed post keeps the draft through a reload, and publishing later clears it', async ({
  page,
  consoleErrors,
}) => {
  await openArticle(page, seed.path)
  const name = unique('Dewi')
  const body = unique('Tulisan yang tidak boleh hilang')
  await nameField(page).fill(name)
  await bodyField(page).fill(body)

  await page.route('**/api/**', (route) => route.abort('connectionrefused'))
  await publishButton(page).click()
  // The browser is online: it is the comments server that did not answer, not the reader's connection.
  await expect(section(page).getByRole('alert')).toContainText('The comments service cannot be reached')
  await expect(section(page).getByRole('alert')).toContainText('kept')
  await expect(nameField(page)).toHaveValue(name)
  await expect(bodyField(page)).toHaveValue(body)

  // Still down after a reload: comments are unavailable, and the draft is there, waiting.
  await page.reload()
  await openComments(page)
  await expect(section(page)).toContainText('Comments are unavailable')
  await expect(nameField(page)).toHaveValue(name)
  await expect(bodyField(page)).toHaveValue(body)
  await expect(nameField(page)).toBeDisabled()

  await page.unroute('**/api/**')
  await section(page).getByRole('button', { name: 'Try again' }).click()
  await expect(nameField(page)).toBeEditable()
  await publishButton(page).click()
  await expect(commentItem(page, body)).toContainText(name)
  await expect(bodyField(page)).toHaveValue('')
  expect(await storedDraft(page, seed.slug)).toBeNull()

  await page.reload()
  await openComments(page)
  await expect(commentItem(page, body)).toBeVisible()
  await expect(bodyField(page)).toHaveValue('')
  // The name is remembered for the next comment; the draft itself is gone.
  await expect(nameField(page)).toHaveValue(name)
  expect(await storedDraft(page, seed.slug)).toBeNull()
  allowFailedRequests(consoleErrors, /net::ERR_CONNECTION_REFUSED/)
})

test('a post while the browser is offline says so and keeps the text', async ({ page, context, consoleErrors }) => {
  await openArticle(page, seed.path)
  const body = unique('Tanpa sinyal')
  await nameField(page).fill('Wati')
  await bodyField(page).fill(body)
  await context.setOffline(true)
  await publishButton(page).click()
  await expect(section(page).getByRole('alert')).toContainText('You appear to be offline')
  await expect(bodyField(page)).toHaveValue(body)
  await context.setOffline(false)
  allowFailedRequests(consoleErrors, /net::ERR_INTERNET_DISCONNECTED/)
})

test('a rate-limited post says how long to wait and keeps the text', async ({ page, consoleErrors }) => {
  await openArticle(page, seed.path)
  await page.route('**/api/**', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 429,
          headers: { 'Retry-After': '42' },
          contentType: 'application/json',
          body: JSON.stringify({ error: 'You are commenting too fast. Try again in 42 seconds.' }),
        })
      : route.continue(),
  )
  const body = unique('Terlalu cepat')
  await publish(page, 'Rina', body)
  await expect(section(page).getByRole('alert')).toContainText('Please wait 42 seconds')
  await expect(bodyField(page)).toHaveValue(body)
  await expect(nameField(page)).toHaveValue('Rina')
  allowFailedRequests(consoleErrors, /status of 429/)
})

test('an empty name is marked next to the field, which gets the focus', async ({ page }) => {
  await openArticle(page, seed.path)
  await bodyField(page).fill(unique('Tanpa nama'))
  await publishButton(page).click()
  const name = nameField(page)
  await expect(name).toBeFocused()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription('Please enter your name.')
  await expect(section(page).getByText('Please enter your name.')).toBeVisible()
  await expect(bodyField(page)).not.toHaveAttribute('aria-invalid', 'true')

  // Typing a name clears the mark.
  await name.fill('Andi')
  await expect(name).not.toHaveAttribute('aria-invalid', 'true')
})

test('a name and comment of invisible characters count as empty, in the form and at the server', async ({
  page,
  request,
}) => {
  await openArticle(page, seed.path)
  await nameField(page).fill('\u200B\u200C')
  await bodyField(page).fill('\u200B \u3164\u2060')
  await publishButton(page).click()
  await expect(nameField(page)).toHaveAccessibleDescription('Please enter your name.')
  await expect(bodyField(page)).toHaveAccessibleDescription('Please write a comment.')
  await expect(bodyField(page)).toHaveValue('\u200B \u3164\u2060')

  const response = await request.post(`/api/articles/${seed.slug}/comments`, {
    data: { name: '\u200B', body: '\u200B\u200B', website: '' },
  })
  expect(response.status()).toBe(400)
})

test('when the comments’ code cannot be downloaded, the section says so and loads it once the reader is back online', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.route('**/assets/comments-panel-*.js', (route) => route.abort('internetdisconnected'))
  await page.goto(seed.path)
  await whenInteractive(page)
  await section(page).scrollIntoViewIfNeeded()
  await expect(section(page).getByRole('status')).toHaveText(
    'The comments could not be loaded. The article is all here; they will load once you are back online.',
  )
  await expect(nameField(page)).toHaveCount(0)

  await page.unroute('**/assets/comments-panel-*.js')
  await context.setOffline(true)
  await context.setOffline(false)
  await expect(nameField(page)).toBeEditable()
  allowFailedRequests(consoleErrors, /ERR_INTERNET_DISCONNECTED/)
})

test('in the Indonesian UI the form says what is wrong in Indonesian', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('warta:preferences', '{"language":"id"}'))
  await page.goto(seed.path)
  const region = page.getByRole('region', { name: 'Poskan Komentar' })
  await region.scrollIntoViewIfNeeded()
  const name = region.getByRole('textbox', { name: 'Nama', exact: true })
  const body = region.getByRole('textbox', { name: 'Komentar', exact: true })
  await expect(name).toBeEditable()

  await region.getByRole('button', { name: 'Publikasikan' }).click()
  await expect(name).toHaveAccessibleDescription('Silakan isi nama Anda.')
  await expect(body).toHaveAccessibleDescription(/^Silakan tulis komentar\./)

  await name.fill('a'.repeat(81))
  await body.fill('b'.repeat(5001))
  await region.getByRole('button', { name: 'Publikasikan' }).click()
  await expect(name).toHaveAccessibleDescription('Nama Anda lebih dari 80 karakter.')
  await expect(body).toHaveAccessibleDescription(/^Komentar Anda lebih dari 5\.000 karakter\./)
})

test('in the Indonesian UI the comments panel speaks Indonesian: count, counter, confirmation, permalink, failure', async ({
  page,
  consoleErrors,
}) => {
  // The panel's words travel in its own chunk, with a catalogue of their own: each one here would show in English if
  // that catalogue were not following the UI language.
  await page.addInitScript(() => window.localStorage.setItem('warta:preferences', '{"language":"id"}'))
  await page.goto(seed.path)
  const region = page.getByRole('region', { name: 'Poskan Komentar' })
  await region.scrollIntoViewIfNeeded()
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(/^(Belum ada komentar|\d+ Komentar)$/)
  const name = region.getByRole('textbox', { name: 'Nama', exact: true })
  const body = region.getByRole('textbox', { name: 'Komentar', exact: true })
  await expect(name).toBeEditable()

  await body.fill('b'.repeat(4500))
  await expect(body).toHaveAccessibleDescription('Sisa 500 karakter')

  const author = unique('Budi')
  const text = unique('Komentar dalam bahasa Indonesia')
  await name.fill(author)
  await body.fill(text)
  await region.getByRole('button', { name: 'Publikasikan' }).click()
  await expect(
    region.getByRole('status').filter({ hasText: 'Terima kasih! Komentar Anda sudah terbit.' }),
  ).toBeVisible()
  await expect(region.getByRole('link', { name: `Tautan ke komentar dari ${author}` })).toBeVisible()

  await page.route('**/api/**', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 429, headers: { 'Retry-After': '42' }, contentType: 'application/json', body: '{}' })
      : route.continue(),
  )
  await body.fill(unique('Terlalu cepat'))
  await region.getByRole('button', { name: 'Publikasikan' }).click()
  await expect(region.getByRole('alert')).toContainText('Anda berkomentar terlalu cepat. Tunggu 42 detik')
  allowFailedRequests(consoleErrors, /status of 429/)
})

test('without the comments API the section says comments are unavailable and the article still works', async ({
  page,
}) => {
  await openArticle(page, seed.path)
  const body = unique('Draf yang menunggu')
  await bodyField(page).fill(body)

  // What a static host answers for /api/…: its HTML page.
  await page.route('**/api/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' }),
  )
  await page.reload()
  await openComments(page)
  await expect(section(page)).toContainText('Comments are unavailable')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
  await expect(bodyField(page)).toBeDisabled()
  await expect(bodyField(page)).toHaveValue(body)
  await expect(publishButton(page)).toBeDisabled()
})

test('each comment has a permalink, and opening it scrolls the comment into view', async ({ page }) => {
  await openArticle(page, seed.path)
  const body = unique('Tautan permanen')
  await publish(page, 'Joko', body)
  const item = commentItem(page, body)
  await expect(item).toBeVisible()
  const id = await item.getAttribute('id')
  expect(id).toMatch(/^comment-\d+$/)
  await expect(item.getByRole('link', { name: 'Link to the comment by Joko' })).toHaveAttribute('href', `#${id}`)

  // A fresh load, not a same-document hash change: the comment is not on the page until the list has loaded.
  await page.goto('about:blank')
  await page.goto(`${seed.path}#${id}`)
  await expect(page.locator(`#${id}`)).toBeInViewport()
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport()
})

test('the comment a permalink points at is highlighted, opened fresh or clicked', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openArticle(page, seed.path)
  const first = unique('Disorot')
  const second = unique('Disorot juga')
  await publish(page, 'Joko', first)
  await expect(commentItem(page, first)).toBeVisible()
  await publish(page, 'Joko', second)
  await expect(commentItem(page, second)).toBeVisible()
  const firstId = await commentItem(page, first).getAttribute('id')
  const borderOf = (text: string) =>
    commentItem(page, text).evaluate((element) => getComputedStyle(element).borderTopColor)
  const plainBorder = await borderOf(first)

  await page.goto('about:blank')
  await page.goto(`${seed.path}#${firstId}`)
  await expect(commentItem(page, first)).toBeInViewport()
  await expect.poll(() => borderOf(first)).not.toBe(plainBorder)
  const highlight = await borderOf(first)
  expect(await borderOf(second)).toBe(plainBorder)

  // Following the other comment's own link moves the highlight to it.
  await commentItem(page, second).getByRole('link', { name: 'Link to the comment by Joko' }).click()
  await expect.poll(() => borderOf(second)).toBe(highlight)
  expect(await borderOf(first)).toBe(plainBorder)
})

test('a permalink to a comment that is not there takes the reader to the comments and says so', async ({ page }) => {
  // A valid permalink whose comment does not exist (removed by a moderator, or a mistyped link).
  await page.goto(`${seed.path}#comment-999999999`)
  await expect(
    section(page).getByRole('status').filter({ hasText: 'The comment this link points to is no longer here' }),
  ).toBeVisible()
  await expect(section(page).getByRole('heading', { level: 2, name: 'Post a Comment' })).toBeInViewport()
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport()
  // The form is there as ever, and the link the reader followed is left as it was.
  await expect(nameField(page)).toBeEditable()
  await expect(page).toHaveURL(`${seed.path}#comment-999999999`)
  // The message is about that link: once the reader follows another, it goes.
  await page.evaluate(() => {
    window.location.hash = '#p-3'
  })
  await expect(section(page).getByText('The comment this link points to is no longer here')).toHaveCount(0)
})

test('"Show more comments" loads the next page after the first 50', async ({ page, request }) => {
  // More than a page of comments, posted through the API; the last is the newest, so it is on a later page.
  const batch = unique('Halaman')
  await postComments(request, pagedArticle, numberedBodies(batch, 51))
  await openArticle(page, `/articles/${pagedArticle}`)
  const items = section(page).getByRole('listitem')
  await expect(items).toHaveCount(50)
  await expect(commentItem(page, `${batch} #51`)).toHaveCount(0)

  // Earlier runs against the same database may have put this batch further back: keep going until it shows.
  const showMore = section(page).getByRole('button', { name: 'Show more comments' })
  const newest = commentItem(page, `${batch} #51`)
  for (let click = 0; click < 20 && (await newest.count()) === 0; click++) {
    const before = await items.count()
    await showMore.click()
    await expect.poll(() => items.count()).toBeGreaterThan(before)
  }
  await expect(newest).toBeVisible()
})

test('"Show more comments" from the keyboard moves focus to the first comment it brought', async ({
  page,
  request,
}) => {
  // Enough comments for a second page, whatever earlier runs left on this article.
  const batch = unique('Papan ketik')
  await postComments(request, pagedArticle, numberedBodies(batch, 51))
  await openArticle(page, `/articles/${pagedArticle}`)
  const items = section(page).getByRole('listitem')
  const showMore = section(page).getByRole('button', { name: 'Show more comments' })
  // Every page, the last one included, after which the button is gone.
  for (let press = 0; press < 50 && (await showMore.count()) > 0; press++) {
    const before = await items.count()
    await showMore.focus()
    await page.keyboard.press('Enter')
    await expect(items.nth(before)).toBeFocused()
    // Tab carries on through the new comment, not past it to the form.
    await page.keyboard.press('Tab')
    await expect(items.nth(before).getByRole('link')).toBeFocused()
  }
  await expect(showMore).toHaveCount(0)
  await expect(commentItem(page, `${batch} #51`)).toBeVisible()
})
