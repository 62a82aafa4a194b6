import { paths } from '../../src/paths.ts'
import { absoluteUrlFor } from '../../src/site-url.ts'
import { lastmodOf } from './timestamps.ts'
import { escapeMarkup } from './xml-text.ts'

export const SITEMAP_PATH = '/sitemap.xml'
/** The sitemap protocol's limit per file; beyond it a sitemap index is needed, which this site does not have yet. */
export const SITEMAP_MAX_URLS = 50_000

export interface SitemapInput {
  /** The site origin: the protocol requires absolute URLs, so there is no sitemap without one. */
  siteUrl: string
  /** Number of home list pages: `/`, `/?page=2`, … */
  pageCount: number
  /** Every article, in any order; `date` becomes `lastmod`. */
  articles: Iterable<{ slug: string; date?: string | undefined }>
}

function urlEntry(loc: string, lastmod?: string): string {
  const modified = lastmod === undefined ? '' : `<lastmod>${escapeMarkup(lastmodOf(lastmod))}</lastmod>`
  return `  <url><loc>${escapeMarkup(loc)}</loc>${modified}</url>`
}

/**
 * sitemap.xml (sitemaps.org 0.9): every home page and every article. Home pages carry no `lastmod`: every new article
 * shifts all of them, so any date would mislead. One string, built in one pass (about 1 MB for 10,000 articles).
 */
export function sitemapXml({ siteUrl, pageCount, articles }: SitemapInput): { xml: string; urls: number } {
  const absolute = (path: string) => absoluteUrlFor(siteUrl, path) ?? path
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ]
  for (let page = 1; page <= pageCount; page++) lines.push(urlEntry(absolute(paths.home.href(page))))
  for (const { slug, date } of articles) lines.push(urlEntry(absolute(paths.article.href(slug)), date))
  const urls = lines.length - 2
  if (urls > SITEMAP_MAX_URLS) {
    throw new Error(`sitemap.xml would list ${urls} URLs; the protocol allows ${SITEMAP_MAX_URLS}: add a sitemap index`)
  }
  lines.push('</urlset>', '')
  return { xml: lines.join('\n'), urls }
}
