// @vitest-environment jsdom
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleSchema, dataPaths } from '../../src/articles/article-schema.ts'
import { parseOrThrow } from '../../src/validation.ts'
import { plainTextOf } from '../content/article-text.ts'
import { buildContent, compareReadingOrder, loadArticles } from '../content/build-content.ts'
import { contentDirWith, errorMessageOf } from '../content/content-fixtures.ts'
import { writeContent } from '../content/write-content.ts'
import { FEED_SIZE } from './atom-feed.ts'
import { ATOM_NS, childrenNamed, childText, parseHtml, parseXml, SITEMAP_NS } from './feed-fixtures.ts'
import { writeSiteFiles } from './write-site-files.ts'

const now = new Date('2025-08-01T12:00:00Z')
const siteUrl = 'https://warta.example'

/** A dist folder holding the data the build would write for `files` (content file name → text). */
async function distWith(files: Record<string, string>): Promise<string> {
  const distDir = await contentDirWith()
  await writeContent(distDir, (await buildContent(await contentDirWith(files))).files())
  return distDir
}

async function generate(distDir: string, origin: string | null) {
  const lines: string[] = []
  const result = await writeSiteFiles(distDir, { siteUrl: origin, now, log: (line) => lines.push(line) })
  return { result, lines }
}

const read = (distDir: string, file: string) => readFile(path.join(distDir, file), 'utf8')
const siteFilesIn = async (distDir: string) => (await readdir(distDir)).filter((name) => name !== 'data').sort()

function feedEntries(xml: string) {
  return childrenNamed(parseXml(xml).documentElement, ATOM_NS, 'entry').map((entry) => ({
    title: childText(entry, ATOM_NS, 'title'),
    link: childrenNamed(entry, ATOM_NS, 'link')[0]?.getAttribute('href'),
    html: parseHtml(childText(entry, ATOM_NS, 'content') ?? ''),
  }))
}

const sitemapLocs = (xml: string) =>
  childrenNamed(parseXml(xml).documentElement, SITEMAP_NS, 'url').map((url) => childText(url, SITEMAP_NS, 'loc'))

const fixture = {
  // The scraped .txt format keeps text exactly as written (Markdown would decode `&amp;`), the hardest case to escape.
  'hostile.txt': [
    '---',
    'date: 2025-07-14',
    'author: Siti & Co',
    '---',
    'Tom & Jerry <script>alert("x")</script>',
    '',
    'Fish & chips <script>alert("x")</script> cost “5 < 6”, it\'s &amp; true.',
  ].join('\n'),
  'dated.txt': '---\ndate: 2025-07-13\n---\nA dated headline\n\nThe dated body.',
  'undated.txt': 'An undated headline\n\nThe undated body.',
}

describe('writeSiteFiles with SITE_URL', () => {
  it('writes a feed holding every article, a sitemap of every page and a robots.txt pointing at it', async () => {
    const distDir = await distWith(fixture)
    const { result, lines } = await generate(distDir, siteUrl)
    expect(result).toEqual({ feedEntries: 3, sitemapUrls: 4 })
    expect(await siteFilesIn(distDir)).toEqual(['feed.xml', 'robots.txt', 'sitemap.xml'])
    expect(lines).toEqual([
      'site files: feed.xml (3 entries, links on https://warta.example), robots.txt',
      'site files: sitemap.xml (4 URLs)',
    ])

    const feed = await read(distDir, 'feed.xml')
    expect(feed).not.toMatch(/<script/i)
    const entries = feedEntries(feed)
    expect(entries.map(({ title, link }) => ({ title, link }))).toEqual([
      { title: 'Tom & Jerry <script>alert("x")</script>', link: 'https://warta.example/articles/hostile' },
      { title: 'A dated headline', link: 'https://warta.example/articles/dated' },
      { title: 'An undated headline', link: 'https://warta.example/articles/undated' },
    ])
    const [hostile, dated, undated] = entries
    expect(hostile?.html.querySelectorAll('script')).toHaveLength(0)
    expect(hostile?.html.body.textContent).toBe(
      'Fish & chips <script>alert("x")</script> cost “5 < 6”, it\'s &amp; true.',
    )
    expect(dated?.html.body.textContent).toBe('The dated body.')
    expect(undated?.html.body.textContent).toBe('The undated body.')

    expect(sitemapLocs(await read(distDir, 'sitemap.xml'))).toEqual([
      'https://warta.example/',
      'https://warta.example/articles/hostile',
      'https://warta.example/articles/dated',
      'https://warta.example/articles/undated',
    ])
    expect(await read(distDir, 'robots.txt')).toContain('Sitemap: https://warta.example/sitemap.xml')
  })

  it('puts the newest FEED_SIZE in the feed, reading only their files, and every page and article in the sitemap', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < FEED_SIZE + 5; index++) {
      const day = new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10)
      files[`a-${String(index).padStart(3, '0')}.txt`] = `---\ndate: ${day}\n---\nTitle ${index}\n\nBody ${index}.`
    }
    const distDir = await distWith(files)
    // The oldest article's file is not needed: the feed reads the newest 20, the sitemap reads the index.
    await rm(path.join(distDir, dataPaths.article('a-000')))
    const { result } = await generate(distDir, siteUrl)
    expect(result).toEqual({ feedEntries: FEED_SIZE, sitemapUrls: 2 + FEED_SIZE + 5 })
    const titles = feedEntries(await read(distDir, 'feed.xml')).map((entry) => entry.title)
    expect(titles).toEqual(Array.from({ length: FEED_SIZE }, (_, index) => `Title ${FEED_SIZE + 4 - index}`))
    const locs = sitemapLocs(await read(distDir, 'sitemap.xml'))
    expect(locs.slice(0, 2)).toEqual(['https://warta.example/', 'https://warta.example/?page=2'])
    expect(locs).toContain('https://warta.example/articles/a-000')
  })
})

describe('writeSiteFiles without SITE_URL', () => {
  it('writes a root-relative feed and robots.txt, no sitemap, removes a stale one and says why', async () => {
    const distDir = await distWith(fixture)
    await writeFile(path.join(distDir, 'sitemap.xml'), '<urlset/>')
    const { result, lines } = await generate(distDir, null)
    expect(result).toEqual({ feedEntries: 3, sitemapUrls: null })
    expect(await siteFilesIn(distDir)).toEqual(['feed.xml', 'robots.txt'])
    expect(lines[1]).toMatch(/no sitemap\.xml: SITE_URL is not set/)
    expect(feedEntries(await read(distDir, 'feed.xml')).map((entry) => entry.link)).toEqual([
      '/articles/hostile',
      '/articles/dated',
      '/articles/undated',
    ])
    expect(await read(distDir, 'robots.txt')).toBe('User-agent: *\nAllow: /\n')
  })
})

describe('writeSiteFiles failures', () => {
  it('fails naming a damaged data file, and writes nothing', async () => {
    const distDir = await distWith(fixture)
    await writeFile(path.join(distDir, dataPaths.article('dated')), JSON.stringify({ slug: 'dated' }))
    const message = await errorMessageOf(() => generate(distDir, siteUrl))
    expect(message).toMatch(/data\/articles\/dated\.json: not valid article data/)
    expect(await siteFilesIn(distDir)).toEqual([])
  })

  it('fails when the index pages disagree with each other', async () => {
    const files = Object.fromEntries(
      Array.from({ length: FEED_SIZE + 1 }, (_, index) => [`a-${index}.txt`, `Title ${index}\n\nBody.`]),
    )
    const distDir = await distWith(files)
    const second = path.join(distDir, dataPaths.indexPage(2))
    await writeFile(second, (await readFile(second, 'utf8')).replace('"total":21', '"total":22'))
    expect(await errorMessageOf(() => generate(distDir, siteUrl))).toMatch(/index\/2\.json: disagrees/)
  })
})

describe('writeSiteFiles on the real content', () => {
  it('builds a feed holding every article in content/articles (the newest FEED_SIZE), text intact', async () => {
    const contentDir = 'content/articles'
    const distDir = await contentDirWith()
    await writeContent(distDir, (await buildContent(contentDir)).files())
    await generate(distDir, siteUrl)

    const loaded = await loadArticles(contentDir)
    const expected = loaded
      .map(({ slug, article }) => ({ slug, date: article.frontMatter.date, title: article.title }))
      .sort(compareReadingOrder)
      .slice(0, FEED_SIZE)
    expect(expected.length).toBe(Math.min(FEED_SIZE, (await readdir(contentDir)).length))

    const entries = feedEntries(await read(distDir, 'feed.xml'))
    expect(entries.map(({ title, link }) => ({ title, link }))).toEqual(
      expected.map(({ slug, title }) => ({ title, link: `https://warta.example/articles/${slug}` })),
    )
    for (const [index, { slug }] of expected.entries()) {
      const article = parseOrThrow(articleSchema, JSON.parse(await read(distDir, dataPaths.article(slug))))
      const body = entries[index]?.html.body
      // A line break is a <br>, which has no text of its own: read it as the space plainTextOf makes of it.
      for (const lineBreak of body?.querySelectorAll('br') ?? []) lineBreak.replaceWith(' ')
      const text = (body?.textContent ?? '').replace(/\s+/g, ' ')
      for (const block of article.blocks) {
        if (block.type === 'paragraph') expect(text, slug).toContain(plainTextOf(block.content).replace(/\s+/g, ' '))
        if (block.type === 'heading') expect(text, slug).toContain(block.text)
      }
    }
    expect(sitemapLocs(await read(distDir, 'sitemap.xml'))).toHaveLength(1 + loaded.length)
  })
})
