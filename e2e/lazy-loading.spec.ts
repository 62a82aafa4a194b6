import { expect, seed, test } from './fixtures.ts'

// The first view downloads the entry's scripts only; the comments, the settings choices, the shortcuts help and the
// quote-link code are chunks of their own, fetched when the reader gets near them (issue 5's script budget).

test('the prerendered article holds the comments heading and a placeholder, not the form', async ({ request }) => {
  const html = await (await request.get(seed.path)).text()
  expect(html).toContain('Post a Comment')
  expect(html).toContain('Reading and posting comments needs JavaScript.')
  expect(html).toContain('Loading comments…')
  expect(html).not.toContain('<form')
  // Lazily loaded chunks are never preloaded: the page names only the scripts it runs at once.
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1])
  expect(
    preloads.filter((href) => /comments-panel|settings-fields|shortcuts-dialog|quote-links/.test(href ?? '')),
  ).toEqual([])
})

test('before its load event a page fetches only the scripts it names; the rest comes when wanted', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  // What the served HTML names (at run time Vite adds modulepreload links for chunks as it imports them).
  const html = await (await page.request.get(seed.path)).text()
  const named = [...html.matchAll(/<(?:script|link rel="modulepreload")[^>]* (?:src|href)="([^"]+\.js)"/g)].map(
    (match) => match[1],
  )
  await page.goto(seed.path)
  const beforeLoad = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const loadStart = navigation?.loadEventStart || Number.POSITIVE_INFINITY
    return performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime }))
      .filter(({ path, startTime }) => startTime < loadStart && path.endsWith('.js'))
      .map(({ path }) => path)
  })
  expect(new Set(beforeLoad)).toEqual(new Set(named))

  // The comments come as the reader nears them, and not before: a reader who stays at the top never downloads them.
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((path) => path.includes('comments-panel'))).toEqual([])
  const comments = page.getByRole('region', { name: 'Post a Comment' })
  await comments.scrollIntoViewIfNeeded()
  await expect(comments.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible()
  expect(scripts.filter((path) => path.includes('comments-panel'))).toHaveLength(1)
  await page.evaluate(() => window.scrollTo(0, 0))

  // Settings and the shortcuts help fetch their code on first use, and open complete.
  let fetched = scripts.length
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByLabel('Theme')).toBeVisible()
  expect(scripts.length).toBeGreaterThan(fetched)

  fetched = scripts.length
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).locator('kbd').first()).toBeVisible()
  expect(scripts.length).toBeGreaterThan(fetched)
})
