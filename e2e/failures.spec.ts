import { expect, seed, test } from './fixtures.ts'

test('a failed fetch says what went wrong and "Try again" recovers', async ({ page, consoleErrors }) => {
  await page.route('**/data/articles/*.json', (route) => route.abort('internetdisconnected'))
  await page.goto(seed.path)
  await expect(page.getByRole('alert')).toContainText('The network is unreachable')
  await expect(page.getByRole('link', { name: 'Warta' }).first()).toBeVisible()

  await page.unroute('**/data/articles/*.json')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
  // The aborted request is the only error the console may show.
  expect(consoleErrors.every((text) => text.includes('net::ERR_INTERNET_DISCONNECTED'))).toBe(true)
  consoleErrors.length = 0
})

test('damaged article data is reported, not rendered', async ({ page }) => {
  await page.route('**/data/articles/*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"slug":"x"}' }),
  )
  await page.goto(seed.path)
  await expect(page.getByRole('alert')).toContainText('unexpected shape')
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
})
