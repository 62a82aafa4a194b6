import { allowNotFoundResponses, expect, seed, test } from './fixtures.ts'
import { holdRequests } from './reader-helpers.ts'

// Prerendered pages carry their own data, so failures are provoked on a client-side navigation, where the article's
// data has to be fetched.

test('a failed fetch says what went wrong and "Try again" recovers', async ({ page, consoleErrors }) => {
  await page.goto('/')
  await page.route('**/data/articles/*.json', (route) => route.abort('internetdisconnected'))
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page.getByRole('alert')).toContainText('The network is unreachable')
  await expect(page.getByRole('banner').getByRole('link', { name: 'Warta' })).toBeVisible()

  await page.unroute('**/data/articles/*.json')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
  // The aborted requests are the only errors the console may show.
  expect(consoleErrors.length).toBeGreaterThan(0)
  expect(consoleErrors.filter((text) => !text.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([])
  consoleErrors.length = 0
})

test('damaged article data is reported, not rendered', async ({ page }) => {
  await page.goto('/')
  await page.route('**/data/articles/*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"slug":"x"}' }),
  )
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page.getByRole('alert')).toContainText('unexpected shape')
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
})

test('a page whose data is still on its way shows a busy skeleton, then the page', async ({ page }) => {
  await page.goto('/')
  const release = await holdRequests(page, '**/data/articles/*.json')
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page).toHaveURL(seed.path)
  await expect(page.getByRole('progressbar', { name: 'Loading…' })).toBeVisible()
  await expect(page.locator('main [aria-busy="true"]')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0)

  release()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.getByRole('progressbar', { name: 'Loading…' })).toHaveCount(0)
})

test('an article gone since the list was loaded is asked for once: a 404 is an answer', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/')
  let requests = 0
  await page.route('**/data/articles/*.json', (route) => {
    requests += 1
    return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"Not found"}' })
  })
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Page not found')
  expect(requests).toBe(1)
  allowNotFoundResponses(consoleErrors)
})
