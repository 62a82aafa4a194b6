// Prerenders every page the build knows into dist/: the home pages, every article and the not-found page, through the
// same routes and loaders the browser runs (src/entry-server.tsx). Run after `vite build`.
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { QueryClient } from '@tanstack/react-query'
import { articleKeys } from '../src/articles/article-queries.ts'
import { articleIndexPageSchema, articleSchema, dataPaths } from '../src/articles/article-schema.ts'
import { type RenderedPage, renderPage } from '../src/entry-server.tsx'
import { siteUrl } from '../src/site-url.ts'
import { writeSiteFiles } from './feeds/write-site-files.ts'
import { INLINE_HASHES_FILE, inlineHeadAssets } from './inline-head-assets.ts'
import { APP_SHELL_FILE, type PrerenderTarget, prerenderedFile } from './prerender-targets.ts'

const distDir = path.resolve(process.argv[2] ?? 'dist')

async function readJson(dataPath: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(distDir, dataPath), 'utf8'))
}

async function listTargets(): Promise<PrerenderTarget[]> {
  const firstPage = articleIndexPageSchema.parse(await readJson(dataPaths.indexPage(1)))
  const slugs = (await readdir(path.join(distDir, 'data/articles')))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
  return [
    ...Array.from({ length: firstPage.pageCount }, (_, index) => ({ kind: 'home' as const, page: index + 1 })),
    ...slugs.map((slug) => ({ kind: 'article' as const, slug })),
    { kind: 'not-found' as const },
  ]
}

/** Reads and validates a page's data from dist/, so a damaged file fails the build rather than rendering nonsense. */
async function cacheSeedFor(target: PrerenderTarget): Promise<(queryClient: QueryClient) => void> {
  switch (target.kind) {
    case 'home': {
      const index = articleIndexPageSchema.parse(await readJson(dataPaths.indexPage(target.page)))
      return (queryClient) => queryClient.setQueryData(articleKeys.indexPage(target.page), index)
    }
    case 'article': {
      const article = articleSchema.parse(await readJson(dataPaths.article(target.slug)))
      return (queryClient) => queryClient.setQueryData(articleKeys.detail(target.slug), article)
    }
    case 'not-found':
      return () => {}
  }
}

// Replacements are functions so `$&`, `$'` and the like in an article's text stay text.
function fillDocument(template: string, page: RenderedPage): string {
  const withHead = template.replace(/<title>[^<]*<\/title>/, () => page.head)
  const withBody = withHead.replace(
    /<div id="root"([^>]*)><\/div>/,
    (_, attributes) => `<div id="root"${attributes}>${page.body}</div>`,
  )
  if (withBody === withHead) throw new Error('the app shell has no empty <div id="root"></div> to fill')
  return withBody.replace('</body>', () => `${page.state}</body>`)
}

async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  // Write beside the target and rename, so the server never serves a half-written page.
  await writeFile(`${file}.tmp`, content)
  await rename(`${file}.tmp`, file)
}

async function main() {
  const started = performance.now()
  // `vite build` writes the shell as index.html; keep a copy before the home page takes that name.
  const shellFile = path.join(distDir, APP_SHELL_FILE)
  if (!existsSync(shellFile)) await writeFile(shellFile, await readFile(path.join(distDir, 'index.html')))
  const { template, hashes } = await inlineHeadAssets(await readFile(shellFile, 'utf8'), distDir)
  await writeAtomically(path.join(distDir, INLINE_HASHES_FILE), JSON.stringify(hashes))

  const targets = await listTargets()
  for (const target of targets) {
    const { url, file } = prerenderedFile(target)
    const page = await renderPage(url, await cacheSeedFor(target))
    await writeAtomically(path.join(distDir, file), fillDocument(template, page))
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`prerendered ${targets.length} pages in ${seconds} s`)
  // feed.xml, robots.txt and (with SITE_URL) sitemap.xml, from the same validated data in dist/data.
  await writeSiteFiles(distDir, { siteUrl, log: (line) => console.log(line) })
}

await main()
