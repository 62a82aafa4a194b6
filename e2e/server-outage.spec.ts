import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { type RunningServer, startServer } from '../server/test-server.ts'
import { test as base, expect, seed } from './fixtures.ts'

// The comments spec fakes an outage with page.route; here the production server really goes away (issue 3). Each test
// runs its own server on its own database, so nothing here touches the suite's shared server.

/** The built app this spec serves; CI builds into dist, a private run can point elsewhere. */
const distDir = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.E2E_DIST_DIR ?? 'dist')

type Warta = {
  /** Starts the server: on a free port the first time, then on the same port (and always the same database). */
  start(): Promise<RunningServer>
  /** Stops the running server with `signal` and waits until the process has exited. */
  stop(signal: NodeJS.Signals): Promise<void>
  /** The article's address on this server; the same on every restart, so the page keeps its localStorage. */
  url(path: string): string
}

const test = base.extend<{ warta: Warta }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
  warta: async ({}, use) => {
    if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No build in ${distDir}: run \`npm run build\` first`)
    const root = await mkdtemp(join(tmpdir(), 'warta-outage-'))
    const fixture = {
      root,
      distDir,
      dbFile: join(root, 'comments.sqlite'),
      remove: () => rm(root, { recursive: true }),
    }
    let port = 0
    let running: RunningServer | undefined
    const warta: Warta = {
      async start() {
        running = await startServer(fixture, { PORT: String(port), COMMENTS_RATE_LIMIT: '1000' })
        port = running.port
        return running
      },
      async stop(signal) {
        const server = running
        running = undefined
        const code = await server?.stop(signal)
        if (signal === 'SIGTERM') expect(code, 'exit code after SIGTERM').toBe(0)
      },
      url: (path) => `http://127.0.0.1:${port}${path}`,
    }
    try {
      await use(warta)
    } finally {
      await running?.stop('SIGKILL')
      await fixture.remove()
    }
  },
})

// Each test starts the server twice (about 2 s each on an idle machine, several times that on a loaded CI runner).
test.describe.configure({ timeout: 60_000 })

const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 10)}`

const section = (page: Page) => page.getByRole('region', { name: 'Post a Comment' })
const nameField = (page: Page) => section(page).getByRole('textbox', { name: 'Name', exact: true })
const bodyField = (page: Page) => section(page).getByRole('textbox', { name: 'Comment', exact: true })
const publishButton = (page: Page) => section(page).getByRole('button', { name: 'Publish' })
const commentItem = (page: Page, text: string) => section(page).getByRole('listitem').filter({ hasText: text })
const published = (page: Page) => section(page).getByRole('status').filter({ hasText: 'Your comment is published' })

/** Waits until the comments have loaded and the form takes typing. */
async function whenCommentsReady(page: Page) {
  // The comments load as the reader nears them.
  await section(page).scrollIntoViewIfNeeded()
  await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(/^(No comments yet|\d+ Comments?)$/)
  await expect(nameField(page)).toBeEditable()
}

test('a post while the server is down says so, keeps the draft, and publishes once the server is back', async ({
  page,
  warta,
  consoleErrors,
}) => {
  await warta.start()
  await page.goto(warta.url(seed.path))
  await whenCommentsReady(page)
  const name = unique('Dewi')
  const firstLine = unique('Ditulis saat server mati')
  const body = `${firstLine}\nbaris kedua`
  await nameField(page).fill(name)
  await bodyField(page).fill(body)

  await warta.stop('SIGTERM')
  await publishButton(page).click()
  const alert = section(page).getByRole('alert')
  await expect(alert).toHaveText(
    'The comments service cannot be reached right now, so your comment was not sent. It is kept here: please publish again in a moment.',
  )
  await expect(nameField(page)).toHaveValue(name)
  await expect(bodyField(page)).toHaveValue(body)
  // The refused POST is the only thing the browser may complain about.
  expect(consoleErrors).toEqual(['Failed to load resource: net::ERR_CONNECTION_REFUSED'])
  consoleErrors.length = 0

  // Back on the same port and database: a reload finds the draft where the reader left it.
  await warta.start()
  await page.reload()
  await whenCommentsReady(page)
  await expect(nameField(page)).toHaveValue(name)
  await expect(bodyField(page)).toHaveValue(body)
  await expect(alert).toHaveCount(0)

  await publishButton(page).click()
  await expect(published(page)).toBeVisible()
  await expect(commentItem(page, firstLine)).toContainText(name)
  await expect(bodyField(page)).toHaveValue('')
  // The name is remembered on purpose, for the next comment.
  await expect(nameField(page)).toHaveValue(name)

  await page.reload()
  await whenCommentsReady(page)
  await expect(bodyField(page)).toHaveValue('')
  await expect(commentItem(page, firstLine)).toHaveCount(1)
})

test('a comment the server acknowledged is still there after the server is killed and restarted', async ({
  page,
  warta,
}) => {
  await warta.start()
  await page.goto(warta.url(seed.path))
  await whenCommentsReady(page)
  const body = unique('Tersimpan sebelum mati')
  await nameField(page).fill('Rudi')
  await bodyField(page).fill(body)
  const acknowledged = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().includes('/comments'),
  )
  await publishButton(page).click()
  expect((await acknowledged).status()).toBe(201)
  await expect(published(page)).toBeVisible()

  // No shutdown handler runs on SIGKILL: what was acknowledged must already be on disk.
  await warta.stop('SIGKILL')
  await warta.start()
  await page.reload()
  await whenCommentsReady(page)
  await expect(commentItem(page, body)).toContainText('Rudi')
})
