import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as v from 'valibot'
import {
  type Article,
  type ArticleSummary,
  articleIndexPageSchema,
  articleSchema,
  dataPaths,
} from '../../src/articles/article-schema.ts'
import type { Parser } from '../../src/http.ts'
import { atomFeed, FEED_PATH, FEED_SIZE } from './atom-feed.ts'
import { robotsTxt } from './robots-txt.ts'
import { SITEMAP_PATH, sitemapXml } from './sitemap.ts'

export const ROBOTS_PATH = '/robots.txt'

export interface SiteFilesOptions {
  /** The site origin (`siteUrl` from src/site-url.ts), or null when SITE_URL is not set. */
  siteUrl: string | null
  /** The build time (see `atomFeed`); a parameter so tests are repeatable. */
  now?: Date
  log?: (line: string) => void
}

export interface SiteFilesResult {
  feedEntries: number
  /** null when no sitemap was written (no SITE_URL). */
  sitemapUrls: number | null
}

/** Reads and validates one file of the bundled data; a damaged file fails the build naming it. */
async function readData<T>(distDir: string, dataPath: string, schema: Parser<T>): Promise<T> {
  const file = path.join(distDir, dataPath)
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const result = v.safeParse(schema, json)
  if (!result.success) throw new Error(`${file}: not valid article data:\n${v.summarize(result.issues)}`)
  return result.output
}

/** Every summary in the home list's order (newest first), read page by page and checked for consistency. */
async function readIndex(distDir: string): Promise<{ pageCount: number; summaries: ArticleSummary[] }> {
  const first = await readData(distDir, dataPaths.indexPage(1), articleIndexPageSchema)
  const summaries = [...first.articles]
  for (let page = 2; page <= first.pageCount; page++) {
    const index = await readData(distDir, dataPaths.indexPage(page), articleIndexPageSchema)
    if (index.page !== page || index.pageCount !== first.pageCount || index.total !== first.total) {
      throw new Error(`${path.join(distDir, dataPaths.indexPage(page))}: disagrees with index page 1`)
    }
    summaries.push(...index.articles)
  }
  if (summaries.length !== first.total) {
    throw new Error(`the index pages list ${summaries.length} articles but say there are ${first.total}`)
  }
  return { pageCount: first.pageCount, summaries }
}

async function readArticle(distDir: string, slug: string): Promise<Article> {
  const article = await readData(distDir, dataPaths.article(slug), articleSchema)
  if (article.slug !== slug) throw new Error(`${path.join(distDir, dataPaths.article(slug))}: holds "${article.slug}"`)
  return article
}

/** Writes beside the target and renames, so the server never serves half a file; no temp file survives a failure. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await writeFile(temporary, content)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/**
 * Writes feed.xml, robots.txt and (when the origin is known) sitemap.xml into `distDir`, from the bundled data in
 * `distDir/data`. Reads the index (small) and only the newest `FEED_SIZE` article files, so it stays linear.
 */
export async function writeSiteFiles(distDir: string, options: SiteFilesOptions): Promise<SiteFilesResult> {
  const { siteUrl, now = new Date(), log = () => {} } = options
  const { pageCount, summaries } = await readIndex(distDir)
  const newest = await Promise.all(summaries.slice(0, FEED_SIZE).map(({ slug }) => readArticle(distDir, slug)))
  const inDist = (sitePath: string) => path.join(distDir, sitePath)

  await writeAtomically(inDist(FEED_PATH), atomFeed({ articles: newest, siteUrl, now }))
  await writeAtomically(inDist(ROBOTS_PATH), robotsTxt(siteUrl))
  let sitemapUrls: number | null = null
  if (siteUrl === null) {
    // A sitemap left by an earlier build with another SITE_URL would point crawlers at the wrong site.
    await rm(inDist(SITEMAP_PATH), { force: true })
  } else {
    const sitemap = sitemapXml({ siteUrl, pageCount, articles: summaries })
    await writeAtomically(inDist(SITEMAP_PATH), sitemap.xml)
    sitemapUrls = sitemap.urls
  }

  const links = siteUrl === null ? 'root-relative links' : `links on ${siteUrl}`
  log(`site files: feed.xml (${newest.length} entries, ${links}), robots.txt`)
  log(
    sitemapUrls === null
      ? 'site files: no sitemap.xml: SITE_URL is not set, and a sitemap must list absolute URLs'
      : `site files: sitemap.xml (${sitemapUrls} URLs)`,
  )
  return { feedEntries: newest.length, sitemapUrls }
}
