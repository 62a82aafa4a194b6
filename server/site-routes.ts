import { readFile } from 'node:fs/promises'
import { type Context, Hono } from 'hono'
import { APP_SHELL_FILE, prerenderedFile } from '../scripts/prerender-targets.ts'
import { slugPattern } from '../src/articles/article-schema.ts'
import { paths } from '../src/paths.ts'
import { isDefaultPaint, parsePreferencesCookie, preferencesCookieIn } from '../src/preferences/preferences-cookie.ts'
import type { ArticleExists } from './article-exists.ts'
import { withPaintPreferences } from './paint-preferences.ts'
import { cacheControl, fileResponse, firstFile, generatedResponse, resolveInside } from './static-files.ts'

const rawPath = (c: Context) => new URL(c.req.url).pathname

/**
 * Everything that is not the API: the built files in `distDir` and the SPA's HTML routes. Prerendered HTML
 * (`<route>/index.html`, `404.html`) wins when the build wrote it; otherwise `index.html` and the SPA renders the page.
 */
export function siteRoutes(distDir: string, articleExists: ArticleExists) {
  const site = new Hono()
  const inDist = (path: string) => resolveInside(distDir, path)
  const ifNoneMatch = (c: Context) => c.req.header('If-None-Match')

  const page = async (c: Context, candidates: string[], status: number) => {
    // The untouched shell (kept by the prerender) renders any page on the client; index.html is the home page.
    const file = await firstFile([...candidates.map(inDist), inDist(`/${APP_SHELL_FILE}`), inDist('/index.html')])
    if (!file) return c.text('The app is not built: run `npm run build`.', 503)
    const options = {
      status,
      cache: cacheControl.revalidate,
      ifNoneMatch: ifNoneMatch(c),
      acceptEncoding: c.req.header('Accept-Encoding'),
      // The reader's preferences cookie decides the <html> attributes, so a cache must keep a copy per cookie.
      vary: 'Cookie',
    }
    const preferences = parsePreferencesCookie(preferencesCookieIn(c.req.header('Cookie')))
    if (isDefaultPaint(preferences)) return fileResponse(file, options)
    return generatedResponse(file, withPaintPreferences(await readFile(file, 'utf8'), preferences), options)
  }
  const notFoundPage = (c: Context) => page(c, [`/${prerenderedFile({ kind: 'not-found' }).file}`], 404)
  // A well-formed slug of an article the build wrote: the only addresses that answer with (or redirect to) an article.
  const isPublished = async (slug: string) => slugPattern.test(slug) && (await articleExists(slug))

  site.get('/assets/*', async (c) => {
    const file = await firstFile([inDist(rawPath(c))])
    // A missing chunk (stale tab after a deploy) gets a plain 404 rather than HTML the browser would try to run.
    if (!file) return c.text('Not found', 404)
    return fileResponse(file, {
      cache: cacheControl.immutable,
      ifNoneMatch: ifNoneMatch(c),
      acceptEncoding: c.req.header('Accept-Encoding'),
    })
  })

  site.get('/data/*', async (c) => {
    const file = await firstFile([inDist(rawPath(c))])
    // The client parses this as JSON: answering index.html would turn a missing article into a parse error.
    if (!file) return c.json({ error: 'Not found' }, 404)
    return fileResponse(file, {
      cache: cacheControl.revalidate,
      ifNoneMatch: ifNoneMatch(c),
      acceptEncoding: c.req.header('Accept-Encoding'),
    })
  })

  site.get('/', (c) => {
    const requested = Number(c.req.query('page') ?? 1)
    const listPage = Number.isSafeInteger(requested) && requested > 0 ? requested : 1
    // A list page the build did not write (past the last one) gets page 1, whose data holds the page count: the app
    // moves straight to the nearest page that exists instead of asking for one that does not.
    const firstPage = prerenderedFile({ kind: 'home', page: 1 }).file
    return page(c, [`/${prerenderedFile({ kind: 'home', page: listPage }).file}`, `/${firstPage}`], 200)
  })

  site.get('/articles/:slug', async (c) => {
    const slug = c.req.param('slug')
    if (!(await isPublished(slug))) return notFoundPage(c)
    return page(c, [`/${prerenderedFile({ kind: 'article', slug }).file}`], 200)
  })

  // A shared link that picked up a trailing slash (a chat app, an address typed by hand) opens the article at its one
  // address; the browser carries the `#p-N` over to the redirect's target. Only a slug that exists is redirected, so
  // no path can send the reader to another host.
  site.get('/articles/:slug/', async (c) => {
    const slug = c.req.param('slug')
    if (!(await isPublished(slug))) return notFoundPage(c)
    return c.redirect(`${paths.article.href(slug)}${new URL(c.req.url).search}`, 301)
  })

  // favicon.ico, robots.txt and the like; index.html is only ever reached through the routes above.
  site.get('*', async (c) => {
    const path = rawPath(c)
    const file = path.endsWith('.html') ? null : await firstFile([inDist(path)])
    if (!file) return notFoundPage(c)
    return fileResponse(file, {
      cache: cacheControl.short,
      ifNoneMatch: ifNoneMatch(c),
      acceptEncoding: c.req.header('Accept-Encoding'),
    })
  })

  site.all('*', notFoundPage)
  return site
}
