// Prerenders every page the build knows into dist/: the home pages, every article and the not-found page, through the
// same routes and loaders the browser runs (src/entry-server.tsx). Run after `vite build`.
import { fork } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { QueryClient } from '@tanstack/react-query'
import { articleIndexPageSchema, articleSchema, dataPaths } from '../src/articles/article-schema.ts'
import { blockAnchorId, routeAnnouncerId } from '../src/paths.ts'
import { paintAttributes } from '../src/preferences/preferences-cookie.ts'
import { defaultPreferences } from '../src/preferences/preferences-schema.ts'
import { siteUrl } from '../src/site-url.ts'
import { parseOrThrow } from '../src/validation.ts'
import { processesFor, runChunkQueue, serveChunks } from './chunk-queue.ts'
import { PAGE_COMPRESSION, writeCompressedCopies } from './compressed-copies.ts'
import { criticalCss } from './critical-css/critical-css.ts'
import { PAGE_KINDS, type PageKind, type Specimen, specimensOf } from './critical-css/page-specimens.ts'
import { writeSiteFiles } from './feeds/write-site-files.ts'
import { gzipWithSharedMiddle } from './gzip-shared-middle.ts'
import { documentOf, pageDocument } from './page-document.ts'
import { cspHash, INLINE_HASHES_FILE, type InlineHashes, pageTemplate, shellStylesheet } from './page-template.ts'
import { APP_SHELL_FILE, type PrerenderTarget, prerenderedFile } from './prerender-targets.ts'

// React chooses its development or production build from NODE_ENV when it is first loaded, and tsx leaves NODE_ENV
// unset: the pages would render through the development build, which checks and records far more and renders 2–3×
// slower for the same HTML. Static imports are evaluated before any line here runs, so every module that loads React
// (the query options, the renderer) is imported dynamically, after this assignment.
process.env.NODE_ENV = 'production'
const { articleKeys } = await import('../src/articles/article-queries.ts')
const { renderPage } = await import('../src/entry-server.tsx')

const distDir = path.resolve(process.argv[2] ?? 'dist')
// Rendering is synchronous CPU work, so one process per core: this one and child processes running this same script
// take chunks of pages until none are left. (Worker threads would be lighter, but on Node 20 they do not inherit tsx's
// loader.) A small build is not worth a child's start-up, and each process holds its own copy of the app, so a few are
// enough. A chunk is ~0.1 s of work: small enough that all finish together, large enough that messages cost nothing.
const PAGES_PER_PROCESS_MIN = 200
const PAGES_PER_CHUNK = 20
/** The extra argument that makes this script render the chunks its parent sends, and nothing else. */
const CHILD_FLAG = '--share-from-parent'

async function readJson(dataPath: string): Promise<unknown> {
  // Synchronous on purpose, here and in writeAtomically: pages are rendered one after another and each waits for its
  // files anyway, and with ten thousand pages the thread-pool round trips of the async calls cost more than the I/O.
  return JSON.parse(readFileSync(path.join(distDir, dataPath), 'utf8'))
}

async function listTargets(): Promise<PrerenderTarget[]> {
  const firstPage = parseOrThrow(articleIndexPageSchema, await readJson(dataPaths.indexPage(1)))
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
      const index = parseOrThrow(articleIndexPageSchema, await readJson(dataPaths.indexPage(target.page)))
      return (queryClient) => queryClient.setQueryData(articleKeys.indexPage(target.page), index)
    }
    case 'article': {
      const article = parseOrThrow(articleSchema, await readJson(dataPaths.article(target.slug)))
      return (queryClient) => queryClient.setQueryData(articleKeys.detail(target.slug), article)
    }
    case 'not-found':
      return () => {}
  }
}

function writeAtomically(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true })
  // Write beside the target and rename, so the server never serves a half-written page.
  writeFileSync(`${file}.tmp`, content)
  renameSync(`${file}.tmp`, file)
}

/** A renderer for chunks of targets: renders each page into dist/ and writes its compressed copies. */
function pageRenderer(templates: Record<PageKind, string>): (targets: PrerenderTarget[]) => Promise<never[]> {
  const documents = new Map(
    PAGE_KINDS.map((kind) => {
      const document = pageDocument(templates[kind], { stylesheetBefore: stylesheetBefore[kind] })
      // The inlined stylesheet is most of a page's bytes besides its own: gzip deflates it once per kind of page.
      return [kind, { ...document, gzip: gzipWithSharedMiddle(document.shared, PAGE_COMPRESSION.gzipLevel) }]
    }),
  )
  return async (targets) => {
    for (const target of targets) {
      const { url, file } = prerenderedFile(target)
      const document = documents.get(target.kind)
      if (!document) throw new Error(`no page template for ${target.kind} pages`)
      try {
        const page = document.fill(await renderPage(url, await cacheSeedFor(target)))
        const html = documentOf(page)
        writeAtomically(path.join(distDir, file), html)
        // Compressed here, from the bytes in hand, instead of being read back by compress-dist (which skips files
        // whose copies are up to date). Pages are most of the build's compression work.
        writeCompressedCopies(path.join(distDir, file), html, () => document.gzip(page.before, page.after))
      } catch (error) {
        // Name the page: with thousands of them, "invalid input" alone does not say which data file to look at.
        throw new Error(`prerendering ${url} failed`, { cause: error })
      }
    }
    return []
  }
}

/**
 * A template per kind of page, each inlining only the rules its first paint can need: those that apply to the
 * specimen pages of its kind (every block, every optional part), plus those for the reader's paint preferences, which
 * the server writes onto `<html>` per request. Less stylesheet in the page is less to download and parse before the
 * first paint; the full sheet is linked in the body, where it holds up no paint (decisions 013 and 017).
 */
async function pageTemplates(shell: string): Promise<{ templates: Record<PageKind, string>; hashes: InlineHashes }> {
  const stylesheet = await shellStylesheet(shell, distDir)
  const shellDocument = pageDocument(shell)
  const preferenceAttributes = Object.keys(paintAttributes(defaultPreferences)).join('|')
  // `:focus-visible` alone names no element to find; a reader may press Tab before the full sheet is in.
  const keepSelectors = [new RegExp(`^:root\\[(?:${preferenceAttributes})=`), /^:focus-visible$/]
  const templates = {} as Record<PageKind, string>
  const inlined = new Set<string>()
  for (const kind of PAGE_KINDS) {
    const rendered = await Promise.all(specimensOf(kind).map(renderSpecimen))
    // One document holding every specimen's markup: a selector only needs to find its element somewhere.
    const specimen = shellDocument.fill({
      status: 200,
      head: rendered[0]?.head ?? '',
      body: rendered.map((page) => page.body).join(''),
      state: '',
    })
    const css = await criticalCss(documentOf(specimen).toString(), stylesheet, keepSelectors)
    templates[kind] = pageTemplate(shell, stylesheet, css, { paintWaitsFor: paintWaitsFor[kind] })
    inlined.add(css)
  }
  return { templates, hashes: { styles: [...inlined].map(cspHash) } }
}

/**
 * What the first paint of each kind of page waits for. An article's should show its opening block, its largest text,
 * so it waits for the block after it: the browser lets the paint go as soon as the named element is in the document,
 * which for the opening block itself can be before its words are (1 load in 40 painted the headline alone). An
 * article of one block waits until its HTML is parsed. Every other page is short, and its footer can be on the first
 * screen, so it waits for the element after the footer: a paint part-way through the header showed an empty Settings
 * button that then grew and moved (3 of 70 loads of the home page at 4x CPU), and one part-way through the footer
 * would show it a row short, then move it up as its button arrived.
 */
const paintWaitsFor: Record<PageKind, string> = {
  home: routeAnnouncerId,
  article: blockAnchorId(2),
  'not-found': routeAnnouncerId,
}

/**
 * Where a kind of page links its full stylesheet, if not at the end of the body: before an element, so the parser
 * stops there until the sheet arrives and the browser paints the page up to it meanwhile (decision 017). An article's
 * first three blocks fill a phone's first screen in most articles (the seed's headline, two paragraphs and the top of
 * a third at 412×823); the rest follows with the sheet, which on the benchmark's slow phone arrives ~250 ms after the
 * document. Every other page is short enough to paint whole.
 */
const stylesheetBefore: Partial<Record<PageKind, string>> = {
  article: blockAnchorId(4),
}

function renderSpecimen(specimen: Specimen) {
  return renderPage(specimen.url, (queryClient) => {
    if ('article' in specimen) queryClient.setQueryData(articleKeys.detail(specimen.article.slug), specimen.article)
    if ('indexPage' in specimen) {
      queryClient.setQueryData(articleKeys.indexPage(specimen.indexPage.page), specimen.indexPage)
    }
  })
}

async function main() {
  const started = performance.now()
  // `vite build` writes the shell as index.html; keep a copy before the home page takes that name.
  const shellFile = path.join(distDir, APP_SHELL_FILE)
  if (!existsSync(shellFile)) await writeFile(shellFile, await readFile(path.join(distDir, 'index.html')))
  const { templates, hashes } = await pageTemplates(await readFile(shellFile, 'utf8'))
  writeAtomically(path.join(distDir, INLINE_HASHES_FILE), JSON.stringify(hashes))

  const targets = await listTargets()
  const processes = processesFor(targets.length, PAGES_PER_PROCESS_MIN)
  await runChunkQueue({
    items: targets,
    chunkSize: PAGES_PER_CHUNK,
    setup: templates,
    start: pageRenderer,
    children: processes - 1,
    // This same script, with the same loader flags (so tsx applies). A failing child prints which page broke and why.
    startChild: () => fork(fileURLToPath(import.meta.url), [distDir, CHILD_FLAG], { execArgv: process.execArgv }),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `prerendered ${targets.length} pages in ${seconds} s (${processes} process${processes === 1 ? '' : 'es'})`,
  )
  // feed.xml, robots.txt and (with SITE_URL) sitemap.xml, from the same validated data in dist/data.
  await writeSiteFiles(distDir, { siteUrl, log: (line) => console.log(line) })
}

if (process.argv[3] === CHILD_FLAG) {
  await serveChunks(pageRenderer)
} else {
  await main()
}
