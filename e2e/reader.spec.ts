import {
  allowNotFoundResponses,
  expect,
  followPager,
  missingArticlePath,
  neighbours,
  scrollBlockToTop,
  seed,
  test,
} from './fixtures.ts'
import { holdRequests, numberedBodies, postComments, watchForReplacedPages, whenInteractive } from './reader-helpers.ts'

test('the home page lists every article with a link, date and reading time', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Warta')
  // Search results and link previews of the front page need a description (Lighthouse SEO).
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /latest articles/)
  const list = page.getByRole('main').getByRole('listitem')
  await expect(list).toHaveCount(3)
  await expect(list.nth(0).getByRole('link', { name: neighbours.previous.headline })).toBeVisible()
  const seedItem = list.nth(1)
  await expect(seedItem.getByRole('link', { name: seed.headline })).toHaveAttribute('href', seed.path)
  await expect(seedItem.getByText('13 Juli 2025')).toBeVisible()
  await expect(seedItem.getByText(/\d+ min read/)).toBeVisible()
  await expect(list.nth(2).getByRole('link', { name: neighbours.next.headline })).toBeVisible()
})

test('opening the seed shows its headline, subheading and words exactly as written', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page).toHaveURL(seed.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page).toHaveTitle(`${seed.headline} — Warta`)
  await expect(page.getByRole('heading', { level: 2, name: seed.subheading })).toBeVisible()
  await expect(page.locator('article')).toHaveAttribute('lang', 'id')
  // Curly quotes, straight quotes and an en dash survive untouched.
  await expect(page.locator('#p-8')).toContainText(
    'Kementerian Luar Negeri Rusia mengunggah di X bahwa Putin mengirimkan “salam hangatnya” kepada Kim,',
  )
  await expect(page.locator('#p-5')).toContainText('menurut intelijen Ukraina – menambah perkiraan 11.000 tentara')
  await expect(page.locator('#p-1')).toContainText('bahwa ia "tanpa syarat" mendukung')
  await expect(page.locator('[data-block]')).toHaveCount(seed.blockCount)
  // The blog theme's leftovers are not content.
  await expect(page.locator('article')).not.toContainText('Previous Post Next Post')
  await expect(page.getByRole('heading', { level: 2, name: 'Post a Comment' })).toBeVisible()
})

test('an article opened from the list appears as soon as its data arrives, not 300 ms after its skeleton', async ({
  page,
}) => {
  // React reveals a suspended page no sooner than 300 ms after its fallback appeared. With the page's clock stopped,
  // only what waits on no timer longer than a few milliseconds can show the article: the reveal must not be throttled.
  await page.clock.install()
  await page.goto('/')
  await whenInteractive(page)
  const release = await holdRequests(page, `**/data/articles/${seed.slug}.json`)
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page.locator('[aria-busy="true"]')).toBeVisible()
  const arrived = page.waitForResponse(`**/data/articles/${seed.slug}.json`)
  release()
  await arrived
  // A few milliseconds of page time per try; however slow the machine, the tries add up to well under 300 ms.
  await expect(async () => {
    await page.clock.runFor(10)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline, { timeout: 100 })
  }).toPass({ timeout: 8_000 })
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
})

test('pointing at or focusing an article in the list starts loading it, and opening it asks for nothing more', async ({
  page,
}) => {
  await page.goto('/')
  await whenInteractive(page)
  const seedData = `**/data/articles/${seed.slug}.json`
  const hovered = page.waitForRequest(seedData)
  await page.getByRole('link', { name: seed.headline }).hover()
  await hovered
  const focused = page.waitForRequest(`**/data${neighbours.next.path}.json`)
  await page.getByRole('link', { name: neighbours.next.headline }).focus()
  await focused
  const askedAgain: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith(`/data/articles/${seed.slug}.json`)) askedAgain.push(request.url())
  })
  await page.getByRole('link', { name: seed.headline }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
  expect(askedAgain).toEqual([])
})

test('quotes and code are drawn without characters the article does not have', async ({ page }) => {
  await page.goto('/articles/membaca-dengan-tautan')
  const body = page.locator('article .article-body')
  await expect(body.locator('code').first()).toHaveText('#p-7')
  await expect(body.locator('blockquote')).toHaveText(
    'A link should take a reader to the sentence you meant, not leave them hunting for it.',
  )
  // Text drawn by the stylesheet (backticks around code, quote marks around a quote) is not in the DOM, so the checks
  // above cannot see it: every generated box in the article's text must be empty.
  const generated = await body.evaluate((root) =>
    [...root.querySelectorAll('p, li, blockquote, code, em, strong, a, h2, h3')].flatMap((element) =>
      (['::before', '::after'] as const)
        .map((pseudo) => ({ pseudo, content: getComputedStyle(element, pseudo).content }))
        .filter(({ content }) => content !== 'none' && content !== 'normal')
        .map(({ pseudo, content }) => `${element.tagName.toLowerCase()}${pseudo} ${content}`),
    ),
  )
  expect(generated).toEqual([])
})

test('a code block keeps its indentation on screen', async ({ page }) => {
  await page.goto(neighbours.previous.path)
  // Inner text is the text as laid out: spaces the stylesheet collapsed would be missing from it.
  const lines = await page.locator('article .article-body code').allInnerTexts()
  expect(lines).toContain('  - warta')
  expect(lines).toContain('title: Judul artikel')
})

test('Next Post paints the new headline first, without flashing the footer up under it', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  // What the frame that first shows the new headline holds, read in that frame's animation-frame callback.
  await page.evaluate((headline) => {
    const state = window as unknown as { firstFrame?: { blocks: number; footerTop: number; viewport: number } }
    new MutationObserver((_, observer) => {
      const shown = document.querySelector('h1')?.textContent
      if (!shown || shown === headline) return
      observer.disconnect()
      requestAnimationFrame(() => {
        state.firstFrame = {
          blocks: document.querySelectorAll('[data-block]').length,
          footerTop: document.querySelector('footer')?.getBoundingClientRect().top ?? 0,
          viewport: window.innerHeight,
        }
      })
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  }, seed.headline)
  await followPager(page, 'Next Post')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.next.headline)
  const firstFrame = await page.evaluate(() => (window as unknown as { firstFrame?: unknown }).firstFrame)
  // The lead paragraph only, and the footer still below the screen; the rest of the article follows a frame later.
  expect(firstFrame).toEqual({ blocks: 1, footerTop: expect.any(Number), viewport: expect.any(Number) })
  const { footerTop, viewport } = firstFrame as { footerTop: number; viewport: number }
  expect(footerTop).toBeGreaterThanOrEqual(viewport)
  await expect(page.getByRole('navigation', { name: 'More articles' })).toBeVisible()
  expect(await page.locator('[data-block]').count()).toBeGreaterThan(1)
})

test('Next and Previous Post change the URL and headline, and Back returns', async ({ page }) => {
  await page.goto(seed.path)
  const next = page.getByRole('link', { name: /Next Post/ })
  await expect(next).toHaveAttribute('rel', 'next')
  await next.click()
  await expect(page).toHaveURL(neighbours.next.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.next.headline)
  // The last article has nowhere further to go: no dead link. (Previous/Next render just after the first frame: wait
  // for them, so the absence is real.)
  const pager = page.getByRole('navigation', { name: 'More articles' })
  await expect(pager.getByRole('link', { name: /Previous Post/ })).toBeVisible()
  await expect(pager.getByRole('link', { name: /Next Post/ })).toHaveCount(0)

  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`${seed.path}(#p-\\d+)?$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)

  const previous = page.getByRole('link', { name: /Previous Post/ })
  await expect(previous).toHaveAttribute('rel', 'prev')
  await previous.click()
  await expect(page).toHaveURL(neighbours.previous.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.previous.headline)
  await expect(pager.getByRole('link', { name: /Next Post/ })).toBeVisible()
  await expect(pager.getByRole('link', { name: /Previous Post/ })).toHaveCount(0)
  await page.getByRole('link', { name: /All articles/ }).click()
  await expect(page).toHaveURL('/')
})

test('a #p-N link lands on that paragraph and highlights it', async ({ page }) => {
  await page.goto(`${seed.path}#p-12`)
  const block = page.locator('#p-12')
  await expect(block).toBeInViewport()
  await expect(block).toHaveAttribute('data-highlighted', '')
  await expect(page.locator('h1')).not.toBeInViewport()
  await expect(page).toHaveURL(`${seed.path}#p-12`)
  // The highlight is brief.
  await expect(block).not.toHaveAttribute('data-highlighted', '', { timeout: 5000 })
})

test('a link that picked up a trailing slash opens the article at its own address and paragraph', async ({ page }) => {
  const response = await page.goto(`${seed.path}/#p-12`)
  expect(response?.status()).toBe(200)
  await expect(page).toHaveURL(`${seed.path}#p-12`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
  await expect(page.locator('#p-12')).toBeInViewport()
})

test('a link near the end stays on its paragraph when the comments below arrive and lengthen the page', async ({
  page,
}) => {
  const last = page.locator(`#p-${seed.blockCount}`)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`${seed.path}#p-${seed.blockCount}`)
  // The comments load on their own here (their section is near), and the comment form makes the page long enough for
  // the last paragraph to reach the top, which it could not on arrival.
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible()
  const gap = () => page.evaluate(() => document.documentElement.scrollHeight - window.scrollY - window.innerHeight)
  expect(await gap(), 'the page can scroll further now').toBeGreaterThan(0)
  // Where "#p-N" puts a block: its top at its scroll margin, 16 px below the top of the screen.
  await expect.poll(() => last.evaluate((block) => Math.round(block.getBoundingClientRect().top))).toBe(16)
  await expect(page).toHaveURL(`${seed.path}#p-${seed.blockCount}`)
})

test('after landing near the end, a reader who scrolls away is not pulled back when the comments arrive', async ({
  page,
  request,
}) => {
  // Comments to arrive: the list they make lengthens the page once they do.
  await postComments(request, seed.slug, numberedBodies(`Settling check ${Math.random()}`, 3))
  await page.setViewportSize({ width: 1280, height: 800 })
  // The comments answer late, so the page is still settling when the reader moves.
  const releaseComments = await holdRequests(page, '**/api/**')
  await page.goto(`${seed.path}#p-${seed.blockCount}`)
  // The app is running once the paragraph links are in (no key pressed to find out: a key press is the reader acting).
  await expect(page.locator(`#p-${seed.blockCount} a`)).toHaveCount(1)
  // A scroll with no wheel, key or touch behind it: a scrollbar dragged.
  const movedTo = await page.evaluate(() => {
    window.scrollBy({ top: -800, behavior: 'instant' })
    return window.scrollY
  })
  releaseComments()
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(/^\d+ Comments$/)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(movedTo)
})

test('a reader at the very bottom when the comments arrive sees them appear, not the page jump past them', async ({
  page,
  request,
}) => {
  await postComments(request, seed.slug, numberedBodies(`Bottom check ${Math.random()}`, 3))
  await page.setViewportSize({ width: 1280, height: 720 })
  const releaseComments = await holdRequests(page, '**/api/**')
  await page.goto(seed.path)
  await expect(page.locator('#p-1 a')).toHaveCount(1)
  await page.mouse.move(640, 360)
  const atBottom = () =>
    page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1)
  await expect(async () => {
    await page.mouse.wheel(0, 2000)
    expect(await atBottom()).toBe(true)
  }).toPass()
  const before = await page.evaluate(() => window.scrollY)
  releaseComments()
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(/^\d+ Comments$/)
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeGreaterThan(
    before + 100,
  )
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before)
})

test('a link to the last paragraph keeps its #p-N although that paragraph cannot reach the top', async ({ page }) => {
  const last = `#p-${seed.blockCount}`
  // Tall enough that what follows the article (comments, pager, footer) is shorter than the screen.
  await page.setViewportSize({ width: 1280, height: 1600 })
  // A remembered place for this article: the position observer's report clears it (the end is on screen), which
  // tells the test the observer has decided about the hash too (it reports, then writes the hash, in one go).
  await page.goto('/')
  await page.evaluate(
    (slug) =>
      window.localStorage.setItem('warta:continue-reading', JSON.stringify({ [slug]: { block: 12, savedAt: 1 } })),
    seed.slug,
  )
  // Held back, so the comments other tests post to the seed cannot make what follows the article taller than the
  // screen (the server is real; its answer just never arrives during this test).
  const releaseComments = await holdRequests(page, '**/api/**')
  await page.goto(`${seed.path}${last}`)
  await whenInteractive(page)
  await expect(page.locator(last)).toBeInViewport()
  // The page is at its end: the paragraph sits below the top, under others that are on screen too.
  const top = await page.locator(last).evaluate((element) => element.getBoundingClientRect().top)
  expect(top).toBeGreaterThan(100)
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('warta:continue-reading') ?? '{}')))
    .not.toHaveProperty(seed.slug)
  await expect(page).toHaveURL(`${seed.path}${last}`)
  releaseComments()
})

test('a #p-N link opened after another page in the same tab still lands on its paragraph', async ({ page }) => {
  // Every fresh page load starts at the router key "default": the home page's saved top must not apply here.
  await page.goto('/')
  await page.goto(`${seed.path}#p-12`)
  await expect(page.locator('#p-12')).toBeInViewport()
  await expect(page).toHaveURL(`${seed.path}#p-12`)
})

for (const hash of ['#p-0', '#p-999', '#p-abc']) {
  test(`${hash} opens the article at the top without an error`, async ({ page }) => {
    await page.goto(`${seed.path}${hash}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await expect(page.locator('[data-highlighted]')).toHaveCount(0)
  })
}

test('scrolling moves the hash along without adding history entries, and a reload keeps the place', async ({
  page,
}) => {
  await page.goto(seed.path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const historyLength = await page.evaluate(() => history.length)

  await scrollBlockToTop(page, 20)
  await expect(page).toHaveURL(`${seed.path}#p-20`)
  await scrollBlockToTop(page, 9)
  await expect(page).toHaveURL(`${seed.path}#p-9`)
  expect(await page.evaluate(() => history.length)).toBe(historyLength)

  await page.reload()
  await expect(page.locator('#p-9')).toBeInViewport()
  await expect(page).toHaveURL(`${seed.path}#p-9`)

  // Back at the top, the hash goes away: the reader is at the start again.
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(page).toHaveURL(seed.path)
})

test('after a jump to anywhere in the article, the hash names the paragraph at the top', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  for (const blockNumber of [26, 3, 13, 12, 7, 18, 19, 2, 25, 1, 14]) {
    await scrollBlockToTop(page, blockNumber)
    await expect(page).toHaveURL(`${seed.path}#p-${blockNumber}`)
  }
})

test('in an article too long to watch every paragraph, the hash still names the paragraph at the top after a jump', async ({
  page,
}) => {
  // 150 blocks (the seed's 30, five times) for the previous article: over the 100 up to which the tracker watches every
  // block, so it loads its anchor watch (every 13th block an anchor, and only the blocks between the two around the
  // screen). Jumps across several anchors, onto one, next to one, and back to the first must all end on the right #p-N.
  const seedData = await (await page.request.get(`/data/articles/${seed.slug}.json`)).json()
  await page.route(`**/data${neighbours.previous.path}.json`, async (route) => {
    const response = await route.fetch()
    const blocks = Array.from({ length: 5 }, () => seedData.blocks).flat()
    await route.fulfill({ response, json: { ...(await response.json()), blocks } })
  })
  const chunks: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/assets/watched-blocks')) chunks.push(request.url())
  })
  await page.goto(seed.path)
  await whenInteractive(page)
  await page.getByRole('link', { name: /Previous Post/ }).click()
  await expect(page.locator('#p-150')).toBeAttached()
  await expect.poll(() => chunks.length).toBe(1)
  const path = neighbours.previous.path
  for (const blockNumber of [140, 3, 79, 80, 66, 118, 14, 1, 27]) {
    await scrollBlockToTop(page, blockNumber)
    await expect(page).toHaveURL(`${path}#p-${blockNumber}`)
  }
})

test('while the reader keeps scrolling, the hash still follows, and settles on the top paragraph when they stop', async ({
  page,
}) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  // 1,500 px a second: a block crosses the top edge every few frames, so the address cannot wait for a quiet moment.
  const hashesWhileScrolling = await page.evaluate(async () => {
    const seen = new Set<string>()
    // Stop a screen short of the article's end: there, a paragraph the address already names would keep its place.
    const end = document.querySelector('[data-article-end]')?.getBoundingClientRect().top ?? 0
    const distance = end + window.scrollY - 2 * window.innerHeight
    const start = performance.now()
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        // 'instant': the app's CSS asks for smooth scrolling, which would restart an animation every frame.
        window.scrollTo({ top: Math.min(distance, ((now - start) / 1000) * 1500), behavior: 'instant' })
        seen.add(window.location.hash)
        if (window.scrollY >= distance) resolve()
        else requestAnimationFrame(step)
      }
      requestAnimationFrame(step)
    })
    return [...seen].filter((hash) => hash !== '')
  })
  expect(hashesWhileScrolling.length).toBeGreaterThanOrEqual(1)
  for (const hash of hashesWhileScrolling) expect(hash).toMatch(/^#p-\d+$/)

  const topmost = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-block]')]
    return blocks.find((block) => block.getBoundingClientRect().bottom > 2)?.dataset.block
  })
  await expect(page).toHaveURL(`${seed.path}#p-${topmost}`)
})

test('Next starts at the top; Back and Forward return to the place the reader left', async ({ page }) => {
  await page.goto(seed.path)
  await scrollBlockToTop(page, 15)
  await expect(page).toHaveURL(`${seed.path}#p-15`)
  // Follow the link from where the reader is: a pointer click first scrolls the link (below the comments) into view,
  // and that spot, with no paragraph on screen, would become the place Back returns to.
  await page.getByRole('link', { name: /Next Post/ }).dispatchEvent('click')
  await expect(page).toHaveURL(neighbours.next.path)
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()

  await page.goBack()
  await expect(page).toHaveURL(/#p-\d+$/)
  const left = Number(new URL(page.url()).hash.slice(3))
  expect(left).toBeGreaterThanOrEqual(15)
  await expect(page.locator(`#p-${left}`)).toBeInViewport()

  await page.goForward()
  await expect(page).toHaveURL(neighbours.next.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.next.headline)
})

test('Back and Forward between two places in the same article scroll to each of them', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  await scrollBlockToTop(page, 5)
  await expect(page).toHaveURL(`${seed.path}#p-5`)
  // A fragment the reader types into the address bar, or a plain `#p-20` link: the browser's own history entry.
  await page.evaluate(() => {
    window.location.hash = '#p-20'
  })
  await expect(page.locator('#p-20')).toBeInViewport()

  await page.goBack()
  await expect(page).toHaveURL(`${seed.path}#p-5`)
  await expect(page.locator('#p-20')).not.toBeInViewport()
  await expect(page.locator('#p-5')).toBeInViewport()

  await page.goForward()
  await expect(page).toHaveURL(`${seed.path}#p-20`)
  await expect(page.locator('#p-20')).toBeInViewport()
  await expect(page.locator('#p-5')).not.toBeInViewport()
})

test('an article’s link to another article opens it inside the app, and Back returns to the link', async ({ page }) => {
  await page.goto(neighbours.previous.path)
  await whenInteractive(page)
  const link = page.getByRole('link', { name: 'Reading with links: every paragraph has an address' })
  await link.scrollIntoViewIfNeeded()
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url())
  })
  await link.click()
  await expect(page).toHaveURL(neighbours.next.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.next.headline)
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  expect(documents).toEqual([])

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.previous.headline)
  await expect(link).toBeInViewport()
  expect(documents).toEqual([])
})

test('an article’s link to a paragraph of an article not yet loaded lands on that paragraph', async ({ page }) => {
  await page.goto(neighbours.next.path)
  await whenInteractive(page)
  // Held back, so the click finds the article still loading, as on a slow network.
  const release = await holdRequests(page, '**/data/articles/tentang-warta.json')
  await page.getByRole('link', { name: 'this one', exact: true }).click()
  await expect(page).toHaveURL(`${neighbours.previous.path}#p-3`)
  release()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.previous.headline)
  await expect(page.locator('#p-3')).toBeInViewport()
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport()
  await expect(page).toHaveURL(`${neighbours.previous.path}#p-3`)
})

test.describe('a reader far from the author’s time zone', () => {
  // Tentang Warta was published at 21:00 in Jakarta, already the next day here: the page must still say the day the
  // author wrote, as the prerendered HTML does, and hydrate without a mismatch (the console-error fixture checks).
  test.use({ timezoneId: 'Pacific/Kiritimati' })

  test('sees the publication day as written, in the list and on the article', async ({ page }) => {
    await page.goto('/')
    await whenInteractive(page)
    const entry = page.getByRole('listitem').filter({ hasText: 'Tentang Warta' })
    await expect(entry.locator('time')).toHaveText('26 November 2026')
    await entry.getByRole('link', { name: 'Tentang Warta' }).click()
    await expect(page.locator('article time').first()).toHaveText('26 November 2026')
    await page.reload()
    await whenInteractive(page)
    await expect(page.locator('article time').first()).toHaveText('26 November 2026')
  })
})

test('after a reload, Back returns to the list where the reader left it, and a reloaded list stays put', async ({
  page,
}) => {
  // A screen short enough for the three-article list to scroll.
  await page.setViewportSize({ width: 390, height: 400 })
  await page.goto('/')
  await whenInteractive(page)
  const link = page.getByRole('link', { name: neighbours.next.headline })
  await link.scrollIntoViewIfNeeded()
  const left = await page.evaluate(() => window.scrollY)
  expect(left).toBeGreaterThan(100)
  await page.reload()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left)

  await whenInteractive(page)
  await link.click()
  await expect(page).toHaveURL(neighbours.next.path)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.next.headline)
  await whenInteractive(page)
  await page.goBack()
  await expect(page).toHaveURL('/')
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left)
})

test('the neighbours are prefetched, so Next Post needs no request', async ({ page }) => {
  const nextData = page.waitForRequest('**/data/articles/membaca-dengan-tautan.json')
  await page.goto(seed.path)
  await nextData
  let requestedAfterClick = false
  page.on('request', (request) => {
    if (request.url().includes('/data/')) requestedAfterClick = true
  })
  await followPager(page, 'Next Post')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbours.next.headline)
  expect(requestedAfterClick).toBe(false)
})

test('an unknown article or path shows the not-found page with a way home', async ({ page, consoleErrors }) => {
  for (const path of [missingArticlePath, '/articles/Not_A_Slug', '/nothing/here']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Page not found')
    await expect(page).toHaveTitle('Page not found — Warta')
    await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/')
  }
  allowNotFoundResponses(consoleErrors)
})

test('the not-found page the server sent stays as painted, without asking for data', async ({
  page,
  consoleErrors,
}) => {
  const watched = await watchForReplacedPages(page)
  // An unknown slug, and a known one behind a second trailing slash (only a single one redirects to the article).
  for (const path of [missingArticlePath, `${neighbours.previous.path}//`]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await whenInteractive(page)
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveAccessibleName('Page not found')
    await expect(page, path).toHaveURL(path)
    expect(watched.dataRequests, path).toEqual([])
    expect(await watched.headingLost(), path).toBe(false)
  }
  // Leaving it works as from any page (the list is fetched), and coming back shows it again, still without asking.
  await page.getByRole('link', { name: 'Go to the front page' }).click()
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(3)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Page not found')
  expect(watched.dataRequests).toEqual(['/data/index/1.json'])
  allowNotFoundResponses(consoleErrors)
})

for (const query of ['?page=abc', '?page=0', '?page=1', '?page=2', '?page=99', '?page=1e1']) {
  test(`${query} shows the nearest valid list page at once`, async ({ page }) => {
    const watched = await watchForReplacedPages(page)
    await page.goto(`/${query}`)
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(3)
    // The server sent page 1, whose data says how many pages there are: nothing to look up, nothing to wait for.
    expect(watched.dataRequests).toEqual([])
    expect(await watched.headingLost()).toBe(false)
  })
}
