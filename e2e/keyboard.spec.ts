import { expect, neighbours, openComments, seed, test } from './fixtures.ts'
import { whenInteractive } from './reader-helpers.ts'

const blockAtTop = (page: import('@playwright/test').Page, blockNumber: number) =>
  page.locator(`#p-${blockNumber}`).evaluate((element) => Math.abs(element.getBoundingClientRect().top) < 40)

test('j and k step through the body blocks, keeping history and focus as they were', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  const before = await page.evaluate(() => ({ length: history.length, key: history.state?.key }))

  await page.keyboard.press('j')
  await expect(page).toHaveURL(`${seed.path}#p-1`)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(page).toHaveURL(`${seed.path}#p-3`)
  expect(await blockAtTop(page, 3)).toBe(true)
  await page.keyboard.press('k')
  await expect(page).toHaveURL(`${seed.path}#p-2`)
  expect(await blockAtTop(page, 2)).toBe(true)

  // replaceState with the router's own state: no new entries, and Back/scroll restoration still know this page.
  expect(await page.evaluate(() => ({ length: history.length, key: history.state?.key }))).toEqual(before)
  // Focus-free: nothing was focused on the way.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)

  await page.keyboard.press('k')
  await page.keyboard.press('k')
  await expect(page).toHaveURL(seed.path)
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
})

test('j walks to the very last block even where it cannot reach the top', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  for (let step = 1; step <= seed.blockCount + 2; step++) await page.keyboard.press('j')
  await expect(page).toHaveURL(`${seed.path}#p-${seed.blockCount}`)
  await expect(page.locator(`#p-${seed.blockCount}`)).toBeInViewport()
})

test('n and → go to the Next Post, p and ← to the Previous Post', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  const headline = page.getByRole('heading', { level: 1 })
  // Each key is pressed once the reader can see where it landed, as a reader would.
  await page.keyboard.press('n')
  await expect(page).toHaveURL(neighbours.next.path)
  await expect(headline).toHaveText(neighbours.next.headline)
  await page.keyboard.press('p')
  await expect(page).toHaveURL(seed.path)
  await expect(headline).toHaveText(seed.headline)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(neighbours.previous.path)
  await expect(headline).toHaveText(neighbours.previous.headline)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(seed.path)
  await expect(headline).toHaveText(seed.headline)
})

test('c jumps to "Post a Comment", h goes home', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  await page.keyboard.press('c')
  const heading = page.getByRole('heading', { level: 2, name: 'Post a Comment' })
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
  await page.keyboard.press('h')
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('? opens a labelled help dialog listing the keys; Esc closes it and returns focus', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' })
  await opener.focus()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const key of ['j', 'k', 'n', 'p', '→', '←', 'c', 'h', '?', 'Enter', 'Esc']) {
    await expect(
      dialog
        .locator('kbd')
        .filter({ hasText: new RegExp(`^${key.replace('?', '\\?')}$`) })
        .first(),
    ).toBeVisible()
  }
  // The page behind is inert while the dialog is open.
  await page.keyboard.press('n')
  // Still this article (focusing the footer's button scrolled the page, so the hash may follow the reading position).
  await expect(page).toHaveURL(new RegExp(`${seed.path}(#p-\\d+)?$`))
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})

test('? pressed straight after Esc opens the dialog again, every time', async ({ page }) => {
  await page.goto(seed.path)
  await whenInteractive(page)
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  // Esc and ? back to back, as a quick reader presses them: the second key comes before the browser has moved focus
  // out of the closed dialog and before its close event, so each round can find a state left over from the last.
  for (let round = 1; round <= 20; round++) {
    await page.keyboard.press('?')
    await expect(dialog, `round ${round}`).toBeVisible()
    await page.keyboard.press('Escape')
  }
  await expect(dialog).toBeHidden()
})

test('keys do nothing while typing in a field or with Ctrl, Alt or Meta held', async ({ page }) => {
  // Instant scrolling, so the page stands still unless a shortcut moves it.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(seed.path)
  await whenInteractive(page)
  await openComments(page)
  const field = page.locator('#comments textarea').first()
  await field.fill('')
  // Focusing the field scrolled the page, so the hash follows the reading position; the page itself must not change.
  const address = () => new URL(page.url()).pathname
  const scrolled = () => page.evaluate(() => window.scrollY)
  const scrollBefore = await scrolled()
  await field.pressSequentially('jkncph?')
  await expect(field).toHaveValue('jkncph?')
  expect(address()).toBe(seed.path)
  expect(await scrolled()).toBe(scrollBefore)
  await expect(page.getByRole('dialog')).toBeHidden()

  await field.blur()
  for (const chord of ['Control+j', 'Alt+n', 'Meta+ArrowRight', 'Shift+N', 'Shift+ArrowRight', 'Alt+h', 'Shift+J']) {
    await page.keyboard.press(chord)
  }
  expect(address()).toBe(seed.path)
  expect(await scrolled()).toBe(scrollBefore)
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('on the home list j/k move a selection kept in the URL; Enter opens it and Back returns to it', async ({
  page,
}) => {
  await page.goto('/')
  await whenInteractive(page)
  const items = page.getByRole('main').getByRole('article')
  const historyLength = await page.evaluate(() => history.length)

  await page.keyboard.press('j')
  await expect(page).toHaveURL('/?selected=tentang-warta')
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  await expect(page).toHaveURL(`/?selected=${seed.slug}`)
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true')
  await expect(items.nth(0)).not.toHaveAttribute('aria-current', 'true')
  expect(await page.evaluate(() => history.length)).toBe(historyLength)
  // Moving the selection is not a new page: focus is not moved to the headline.
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused()

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(seed.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline)

  await page.goBack()
  await expect(page).toHaveURL(`/?selected=${seed.slug}`)
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('j')
  await expect(page).toHaveURL('/?selected=membaca-dengan-tautan')
})

test('the list keeps the selection when it canonicalises ?page=', async ({ page }) => {
  await page.goto(`/?page=1&selected=${seed.slug}`)
  await expect(page).toHaveURL(`/?selected=${seed.slug}`)
  await expect(page.getByRole('main').getByRole('article').nth(1)).toHaveAttribute('aria-current', 'true')
})
