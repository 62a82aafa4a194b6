import type { Article } from '../../src/articles/article-schema.ts'
import { paths } from '../../src/paths.ts'
import { absoluteUrlFor } from '../../src/site-url.ts'
import { blocksToHtml, type ResolveUrl } from './blocks-to-html.ts'
import { articleEntryId, feedId } from './feed-ids.ts'
import { instantOf, rfc3339Of } from './timestamps.ts'
import { escapeMarkup } from './xml-text.ts'

/** The newest articles the feed carries; readers poll it, so it stays small whatever the size of the site. */
export const FEED_SIZE = 20
export const FEED_PATH = '/feed.xml'
export const SITE_NAME = 'Warta'

export interface AtomFeedInput {
  /** Newest first (the home list's order); only the first `FEED_SIZE` are used. */
  articles: readonly Article[]
  /** The site origin (`parseSiteUrl`), or null: then every link is root-relative and there is no `xml:base`. */
  siteUrl: string | null
  /** The build time: the `updated` of undated articles, and of the feed when it has no entries. */
  now: Date
}

/** A root-relative path, absolute when the site's origin is known. */
const linkFor = (siteUrl: string | null, path: string) => absoluteUrlFor(siteUrl, path) ?? path

/**
 * Resolves the URLs inside one article's HTML: site-relative ones against the origin, fragments (`#p-3`, a block of
 * this article) against the article's own address, so they keep their meaning in a feed reader. Absolute URLs and
 * `mailto:` pass through.
 */
export function contentUrlResolver(siteUrl: string | null, slug: string): ResolveUrl {
  return (url) => {
    if (url.startsWith('#')) return linkFor(siteUrl, `${paths.article.href(slug)}${url}`)
    if (url.startsWith('/') && !url.startsWith('//')) return linkFor(siteUrl, url)
    return url
  }
}

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeMarkup(text)}</${name}>`
}

function entryXml(article: Article, siteUrl: string | null, now: Date): { xml: string; updated: string } {
  const published = article.date === undefined ? undefined : rfc3339Of(article.date)
  const updated = published ?? instantOf(now)
  const summary = article.summary ?? article.excerpt
  const html = blocksToHtml(article.blocks, contentUrlResolver(siteUrl, article.slug))
  const lines = [
    `  <entry xml:lang="${escapeMarkup(article.lang)}">`,
    `    ${element('title', article.title)}`,
    `    <link rel="alternate" type="text/html" href="${escapeMarkup(linkFor(siteUrl, paths.article.href(article.slug)))}"/>`,
    `    ${element('id', articleEntryId(article.slug))}`,
    published === undefined ? '' : `    ${element('published', published)}`,
    `    ${element('updated', updated)}`,
    article.author === undefined ? '' : `    <author>${element('name', article.author)}</author>`,
    ...article.tags.map((tag) => `    <category term="${escapeMarkup(tag)}"/>`),
    summary === '' ? '' : `    ${element('summary', summary)}`,
    // The HTML is escaped once more as XML text: a reader unescapes it back to the HTML, which it then renders.
    `    ${element('content', html, ' type="html"')}`,
    '  </entry>',
  ]
  return { xml: lines.filter((line) => line !== '').join('\n'), updated }
}

/**
 * An Atom 1.0 feed (RFC 4287) of the newest `FEED_SIZE` articles with their full text.
 * - Dated articles: `published` and `updated` are the article's `date`. Undated ones stay in the feed (it mirrors
 *   the home list), with the build time as `updated` and no `published`.
 * - Entries without an author inherit the feed's (the site name), as Atom requires an author for every entry.
 * - With a known origin every link is absolute and `xml:base` is set; without, links are root-relative, which readers
 *   resolve against the feed's own address.
 */
export function atomFeed({ articles, siteUrl, now }: AtomFeedInput): string {
  const entries = articles.slice(0, FEED_SIZE).map((article) => entryXml(article, siteUrl, now))
  const updated = entries.reduce<string | undefined>(
    (latest, entry) =>
      latest === undefined || Date.parse(entry.updated) > Date.parse(latest) ? entry.updated : latest,
    undefined,
  )
  const base = siteUrl === null ? '' : ` xml:base="${escapeMarkup(`${siteUrl}/`)}"`
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${base}>`,
    `  ${element('title', SITE_NAME)}`,
    `  ${element('id', feedId())}`,
    `  ${element('updated', updated ?? instantOf(now))}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(linkFor(siteUrl, FEED_PATH))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(linkFor(siteUrl, paths.home.href()))}"/>`,
    `  <author>${element('name', SITE_NAME)}</author>`,
    ...entries.map((entry) => entry.xml),
    '</feed>',
    '',
  ].join('\n')
}
