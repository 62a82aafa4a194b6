import { expect, seed, test } from './fixtures.ts'

test('the page’s Content-Security-Policy blocks injected inline script and handlers', async ({
  page,
  consoleErrors,
}) => {
  const response = await page.goto(seed.path)
  // No inline script at all: only the app's own files may run.
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';/)
  // The build's own inline style is allowed (the page is styled), and so is the app (it sets the theme).
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-weight', '700')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')

  const violations = await page.evaluate(async () => {
    const seen: string[] = []
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective))
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="data:," onload="window.__injectedHandler = true">'
    document.body.append(holder)
    // Violation events are queued as tasks: wait until both have been reported (or give up after a second).
    for (let waited = 0; seen.length < 2 && waited < 1000; waited += 50) await new Promise((r) => setTimeout(r, 50))
    return {
      seen,
      script: (window as { __injected?: boolean }).__injected ?? false,
      handler: (window as { __injectedHandler?: boolean }).__injectedHandler ?? false,
    }
  })
  expect(violations.script).toBe(false)
  expect(violations.handler).toBe(false)
  expect(violations.seen).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']))
  // The browser reports each refusal on the console; those are the point of this test, anything else is not.
  expect(consoleErrors.filter((text) => !text.includes('Content Security Policy'))).toEqual([])
  consoleErrors.length = 0
})
