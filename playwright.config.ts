import { execSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, defineConfig } from '@playwright/test'
import { chromiumFlags } from './e2e/chromium-flags.ts'

/**
 * Which Chromium drives the tests: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own build
 * (installed on first use, for laptops; never on machines that have Debian's).
 */
function chromiumExecutable(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(candidate)) return candidate
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH points at ${candidate}, which does not exist`)
  if (!existsSync(chromium.executablePath())) execSync('npx playwright install chromium', { stdio: 'inherit' })
  return undefined
}

const port = Number(process.env.E2E_PORT ?? 4317)
// E2E_BASE_URL points the suite at a server that is already running (e.g. `npm run dev`) instead of starting one.
const externalBaseUrl = process.env.E2E_BASE_URL
// A fresh comments database per run, so tests never see a previous run's comments.
const commentsDb = process.env.E2E_COMMENTS_DB ?? join(mkdtempSync(join(tmpdir(), 'warta-e2e-')), 'comments.sqlite')
process.env.E2E_COMMENTS_DB = commentsDb

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: externalBaseUrl ?? `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: chromiumFlags,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: externalBaseUrl
    ? undefined
    : {
        // The production server exactly as `npm start` runs it; `npm run test:e2e` has just built the app.
        command: 'npm start',
        url: `http://localhost:${port}/`,
        env: { PORT: String(port), COMMENTS_DB: commentsDb, COMMENTS_RATE_LIMIT: '1000' },
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'pipe',
      },
})
