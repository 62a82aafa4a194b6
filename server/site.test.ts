import { mkdir, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PREFERENCES_COOKIE } from '../src/preferences/preferences-cookie.ts'
import { withPaintPreferences } from './paint-preferences.ts'
import { securityHeaderValues } from './security-headers.ts'
import {
  createFixture,
  type Fixture,
  fixtureIndexHtml,
  fixtureSecret,
  type RunningServer,
  rawGet,
  startServer,
} from './test-server.ts'

let fixture: Fixture
let server: RunningServer
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers })

beforeAll(async () => {
  fixture = await createFixture()
  server = await startServer(fixture)
})
afterAll(async () => {
  await server?.stop()
  await fixture?.remove()
})

describe('HTML routes', () => {
  it('serves index.html for / and for an article that exists, revalidated on every visit', async () => {
    for (const path of ['/', '/articles/some-slug']) {
      const response = await get(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(await response.text()).toBe(fixtureIndexHtml)
    }
  })

  it('prefers the prerendered page when the build wrote one', async () => {
    const response = await get('/articles/prerendered-slug')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Prerendered')
  })

  it('serves list page N from page/N/index.html, page 1 for list pages the build did not render', async () => {
    await writeFile(join(fixture.distDir, 'shell.html'), '<!doctype html><title>Shell</title>')
    const pageTwo = join(fixture.distDir, 'page/2/index.html')
    await mkdir(join(fixture.distDir, 'page/2'), { recursive: true })
    await writeFile(pageTwo, '<!doctype html><title>List page 2</title>')
    try {
      expect(await (await get('/?page=2')).text()).toContain('List page 2')
      // No prerendered page 3: page 1, whose data tells the app how many pages there are.
      const pastTheEnd = await get('/?page=3')
      expect(pastTheEnd.status).toBe(200)
      expect(await pastTheEnd.text()).toBe(fixtureIndexHtml)
      // No prerendered article page: the shell renders it on the client.
      const article = await get('/articles/some-slug')
      expect(article.status).toBe(200)
      expect(await article.text()).toContain('Shell')
    } finally {
      await rm(join(fixture.distDir, 'shell.html'))
      await rm(join(fixture.distDir, 'page'), { recursive: true })
    }
  })

  it('redirects an article address with a trailing slash to its address without one, keeping the query', async () => {
    const redirect = await fetch(`${server.origin}/articles/some-slug/?utm_source=chat`, { redirect: 'manual' })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/articles/some-slug?utm_source=chat')
    const followed = await get('/articles/some-slug/')
    expect(followed.status).toBe(200)
    expect(followed.url).toBe(`${server.origin}/articles/some-slug`)
    // Only an article that exists is redirected, so no address can be turned into a redirect to another host.
    for (const path of ['/articles/no-such-slug/', '/articles/Not_A_Slug/', '//evil.example/', '/articles//']) {
      const other = await fetch(`${server.origin}${path}`, { redirect: 'manual' })
      expect(other.status, path).toBe(404)
    }
  })

  it('answers 404 with the SPA for unknown paths and slugs, and with 404.html once it exists', async () => {
    for (const path of ['/nowhere', '/articles/no-such-slug', '/articles/Not_A_Slug', '/index.html']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(await response.text()).toBe(fixtureIndexHtml)
    }
    await writeFile(join(fixture.distDir, '404.html'), '<!doctype html><title>Not found</title>')
    try {
      const response = await get('/nowhere')
      expect(response.status).toBe(404)
      expect(await response.text()).toContain('Not found')
    } finally {
      await rm(join(fixture.distDir, '404.html'))
    }
  })
})

describe('HTML with the reader’s preferences cookie', () => {
  const cookie = (value: string) => ({ Cookie: `other=1; ${PREFERENCES_COOKIE}=${value}` })

  it('puts the theme, text size and line width on <html>, compressed as asked, and varies by cookie', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await get('/', { ...cookie('dark.x-large.wide'), 'Accept-Encoding': encoding })
      expect(response.status, encoding).toBe(200)
      expect(response.headers.get('content-encoding'), encoding).toBe(encoding === 'identity' ? null : encoding)
      expect(response.headers.get('vary')).toBe('Accept-Encoding, Cookie')
      // fetch undoes the encoding: the text is what the browser parses.
      expect(await response.text(), encoding).toBe(
        fixtureIndexHtml.replace('<html>', '<html data-theme="dark" data-text-size="x-large" data-line-width="wide">'),
      )
    }
  })

  it('sends the stored file untouched for the defaults or a missing cookie, with its own ETag', async () => {
    const plain = await get('/')
    const defaults = await get('/', cookie('system.medium.normal'))
    const dark = await get('/', cookie('dark.medium.normal'))
    expect(await defaults.text()).toBe(fixtureIndexHtml)
    expect(defaults.headers.get('etag')).toBe(plain.headers.get('etag'))
    expect(plain.headers.get('vary')).toBe('Accept-Encoding, Cookie')
    expect(dark.headers.get('etag')).not.toBe(plain.headers.get('etag'))
    // Each variant revalidates on its own ETag.
    const again = await get('/', { ...cookie('dark.medium.normal'), 'If-None-Match': dark.headers.get('etag') ?? '' })
    expect(again.status).toBe(304)
  })

  it('writes only known words into the page, whatever the cookie holds', async () => {
    const response = await get('/', cookie('dark"><script>alert(1)</script>.large.wide'))
    const html = await response.text()
    expect(html).not.toContain('alert')
    expect(html).toBe(
      fixtureIndexHtml.replace('<html>', '<html data-theme="system" data-text-size="large" data-line-width="wide">'),
    )
  })

  it('replaces attributes the page already has on <html> instead of doubling them', () => {
    expect(
      withPaintPreferences('<!doctype html><html lang="id" data-theme="light"><body>', {
        theme: 'sepia',
        textSize: 'small',
        lineWidth: 'narrow',
      }),
    ).toBe('<!doctype html><html lang="id" data-theme="sepia" data-text-size="small" data-line-width="narrow"><body>')
  })
})

describe.concurrent('static files', () => {
  it('caches hashed assets for a year', async () => {
    const response = await get('/assets/app-abc123.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await response.text()).toBe('console.log("warta")\n')
  })

  it('revalidates data with an ETag and answers 304 when it still matches', async () => {
    const first = await get('/data/articles/some-slug.json')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    expect(await first.json()).toEqual({ slug: 'some-slug' })
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)

    const again = await get('/data/articles/some-slug.json', { 'If-None-Match': `W/${etag}` })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
  })

  it('answers a missing data file with a JSON 404, never the SPA', async () => {
    const response = await get('/data/articles/no-such-slug.json')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({ error: 'Not found' })
  })

  it('serves other files with a short cache', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('serves the Atom feed and the sitemap with their XML types', async () => {
    const files = { 'feed.xml': '<feed xmlns="http://www.w3.org/2005/Atom"/>', 'sitemap.xml': '<urlset/>' }
    for (const [name, content] of Object.entries(files)) await writeFile(join(fixture.distDir, name), content)
    try {
      const feed = await get('/feed.xml')
      expect(feed.status).toBe(200)
      expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      expect(await feed.text()).toBe(files['feed.xml'])
      const sitemap = await get('/sitemap.xml')
      expect(sitemap.status).toBe(200)
      expect(sitemap.headers.get('content-type')).toBe('application/xml; charset=utf-8')
      expect(await sitemap.text()).toBe(files['sitemap.xml'])
    } finally {
      for (const name of Object.keys(files)) await rm(join(fixture.distDir, name))
    }
  })

  it.each([
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/data/..%2f..%2fsecret.txt',
    '/data/%2e%2e/%2e%2e/secret.txt',
    '/..%5c..%5csecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/app-abc123.js%00.txt',
    '/assets/%00',
    '/assets/%E0%A4%A',
  ])('does not escape the dist for %s', async (path) => {
    const response = await rawGet(server, path)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.body).not.toContain(fixtureSecret)
  })
})

describe.concurrent('security headers', () => {
  it.each([
    '/',
    '/nowhere',
    '/assets/app-abc123.js',
    '/data/articles/some-slug.json',
    '/api/articles/some-slug/comments',
  ])('are on %s', async (path) => {
    const response = await get(path)
    for (const [name, value] of Object.entries(securityHeaderValues)) expect(response.headers.get(name)).toBe(value)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('are on a 304 and on an API error too', async () => {
    const etag = (await get('/data/index/1.json')).headers.get('etag') ?? ''
    for (const response of [await get('/data/index/1.json', { 'If-None-Match': etag }), await get('/api/nope')]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })
})

describe('the Content-Security-Policy for inlined head assets', () => {
  it('allows exactly the hashes the build recorded, and nothing inline when the manifest is damaged', async () => {
    const manifest = join(fixture.distDir, 'inline-hashes.json')
    const styleHash = 'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='
    await writeFile(manifest, JSON.stringify({ styles: [styleHash] }))
    try {
      const csp = (await get('/')).headers.get('content-security-policy')
      expect(csp).toContain(`style-src 'self' '${styleHash}'`)
      expect(csp).toContain("script-src 'self';")
      await writeFile(manifest, '{"styles": ["unsafe-inline"]}')
      // A new build replaces the manifest; the server notices without a restart.
      await utimes(manifest, new Date(), new Date(Date.now() + 5000))
      expect((await get('/')).headers.get('content-security-policy')).toBe(
        securityHeaderValues['Content-Security-Policy'],
      )
    } finally {
      await rm(manifest)
    }
  })
})
