// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/articles/article-schema.ts'
import { atomFeed, FEED_SIZE } from './atom-feed.ts'
import {
  ATOM_NS,
  articleWith,
  childrenNamed,
  childText,
  hostileText,
  hostileTextAsRead,
  parseHtml,
  parseXml,
} from './feed-fixtures.ts'
import { articleEntryId } from './feed-ids.ts'

const now = new Date('2025-08-01T12:00:00Z')
const siteUrl = 'https://warta.example'

function feedOf(articles: Article[], origin: string | null = siteUrl) {
  const xml = atomFeed({ articles, siteUrl: origin, now })
  const feed = parseXml(xml).documentElement
  const entries = childrenNamed(feed, ATOM_NS, 'entry')
  return { xml, feed, entries }
}

const linkOf = (element: Element, rel: string) =>
  childrenNamed(element, ATOM_NS, 'link')
    .find((link) => link.getAttribute('rel') === rel)
    ?.getAttribute('href')

/** The entry's HTML as a feed reader renders it: the XML text, parsed as HTML. */
const contentOf = (entry: Element) => {
  const content = childrenNamed(entry, ATOM_NS, 'content')[0]
  expect(content?.getAttribute('type')).toBe('html')
  return parseHtml(content?.textContent ?? '')
}

const articles = [
  articleWith({
    slug: 'newest',
    title: 'Newest “one”',
    date: '2025-07-14T09:30+07:00',
    author: 'Ana',
    summary: 'The summary.',
    tags: ['politik', 'a&b'],
    lang: 'en',
    blocks: [
      { type: 'heading', level: 2, text: 'Heading' },
      { type: 'paragraph', content: [{ type: 'text', text: 'First paragraph.' }] },
      { type: 'image', src: '/images/a.png', alt: 'An image' },
      {
        type: 'paragraph',
        content: [
          { type: 'link', href: '/articles/older', children: [{ type: 'text', text: 'older' }] },
          { type: 'text', text: ' and ' },
          { type: 'link', href: '#p-2', children: [{ type: 'text', text: 'above' }] },
          { type: 'text', text: ' and ' },
          { type: 'link', href: 'https://example.com/x?a=1&b=2', children: [{ type: 'text', text: 'out' }] },
        ],
      },
    ],
  }),
  articleWith({ slug: 'older', date: '2025-07-13' }),
]

describe('atomFeed with SITE_URL', () => {
  it('is well-formed Atom with the feed metadata, absolute links and xml:base', () => {
    const { feed } = feedOf(articles)
    expect(feed.namespaceURI).toBe(ATOM_NS)
    expect(feed.localName).toBe('feed')
    expect(feed.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base')).toBe('https://warta.example/')
    expect(childText(feed, ATOM_NS, 'title')).toBe('Warta')
    expect(childText(feed, ATOM_NS, 'id')).toMatch(/^urn:uuid:/)
    expect(childText(feed, ATOM_NS, 'updated')).toBe('2025-07-14T02:30:00Z')
    expect(linkOf(feed, 'self')).toBe('https://warta.example/feed.xml')
    expect(linkOf(feed, 'alternate')).toBe('https://warta.example/')
    expect(childText(childrenNamed(feed, ATOM_NS, 'author')[0] as Element, ATOM_NS, 'name')).toBe('Warta')
  })

  it('holds every article in order with title, link, id, dates, author, categories, summary and content', () => {
    const { entries } = feedOf(articles)
    expect(entries).toHaveLength(2)
    const [newest, older] = entries as [Element, Element]
    expect(newest.getAttribute('xml:lang')).toBe('en')
    expect(childText(newest, ATOM_NS, 'title')).toBe('Newest “one”')
    expect(linkOf(newest, 'alternate')).toBe('https://warta.example/articles/newest')
    expect(childText(newest, ATOM_NS, 'id')).toBe(articleEntryId('newest'))
    expect(childText(newest, ATOM_NS, 'published')).toBe('2025-07-14T02:30:00Z')
    expect(childText(newest, ATOM_NS, 'updated')).toBe('2025-07-14T02:30:00Z')
    expect(childText(childrenNamed(newest, ATOM_NS, 'author')[0] as Element, ATOM_NS, 'name')).toBe('Ana')
    expect(childrenNamed(newest, ATOM_NS, 'category').map((category) => category.getAttribute('term'))).toEqual([
      'politik',
      'a&b',
    ])
    expect(childText(newest, ATOM_NS, 'summary')).toBe('The summary.')

    const html = contentOf(newest)
    expect(html.querySelector('h2')?.textContent).toBe('Heading')
    expect(html.querySelector('p')?.textContent).toBe('First paragraph.')
    expect(html.querySelector('img')?.getAttribute('src')).toBe('https://warta.example/images/a.png')
    expect(html.querySelector('img')?.getAttribute('alt')).toBe('An image')
    expect(Array.from(html.querySelectorAll('a'), (link) => link.getAttribute('href'))).toEqual([
      'https://warta.example/articles/older',
      'https://warta.example/articles/newest#p-2',
      'https://example.com/x?a=1&b=2',
    ])

    // No author of its own: it inherits the feed's. No summary: the excerpt stands in.
    expect(childrenNamed(older, ATOM_NS, 'author')).toHaveLength(0)
    expect(childText(older, ATOM_NS, 'summary')).toBe('Excerpt of older.')
    expect(childText(older, ATOM_NS, 'published')).toBe('2025-07-13T00:00:00Z')
    expect(contentOf(older).body.textContent).toBe('Body of older.')
  })

  it('carries hostile text as text: escaped markup, entities and quotes, minus XML-illegal characters', () => {
    const hostile = articleWith({
      slug: 'hostile',
      title: hostileText,
      summary: hostileText,
      author: hostileText,
      tags: [hostileText],
      blocks: [
        { type: 'paragraph', content: [{ type: 'text', text: hostileText }] },
        { type: 'heading', level: 3, text: hostileText },
        { type: 'list', ordered: false, items: [[{ type: 'code', text: hostileText }]] },
        { type: 'image', src: '/x.png', alt: hostileText, title: hostileText },
      ],
    })
    const { xml, entries } = feedOf([hostile])
    expect(xml).not.toMatch(/<script/i)
    expect(xml).not.toContain('\u0007')
    const [entry] = entries as [Element]
    expect(childText(entry, ATOM_NS, 'title')).toBe(hostileTextAsRead)
    expect(childText(entry, ATOM_NS, 'summary')).toBe(hostileTextAsRead)
    expect(childText(childrenNamed(entry, ATOM_NS, 'author')[0] as Element, ATOM_NS, 'name')).toBe(hostileTextAsRead)
    expect(childrenNamed(entry, ATOM_NS, 'category')[0]?.getAttribute('term')).toBe(hostileTextAsRead)

    const html = contentOf(entry)
    expect(html.querySelectorAll('script')).toHaveLength(0)
    expect(html.querySelector('p')?.textContent).toBe(hostileTextAsRead)
    expect(html.querySelector('h3')?.textContent).toBe(hostileTextAsRead)
    expect(html.querySelector('li > code')?.textContent).toBe(hostileTextAsRead)
    expect(html.querySelector('img')?.getAttribute('alt')).toBe(hostileTextAsRead)
    expect(html.querySelector('figcaption')?.textContent).toBe(hostileTextAsRead)
  })
})

describe('atomFeed without SITE_URL', () => {
  it('uses root-relative links and no xml:base', () => {
    const { xml, feed, entries } = feedOf(articles, null)
    expect(xml).not.toContain('xml:base')
    expect(xml).not.toContain('http://warta')
    expect(linkOf(feed, 'self')).toBe('/feed.xml')
    expect(linkOf(feed, 'alternate')).toBe('/')
    const [newest] = entries as [Element]
    expect(linkOf(newest, 'alternate')).toBe('/articles/newest')
    expect(childText(newest, ATOM_NS, 'id')).toBe(articleEntryId('newest'))
    const html = contentOf(newest)
    expect(html.querySelector('img')?.getAttribute('src')).toBe('/images/a.png')
    expect(Array.from(html.querySelectorAll('a'), (link) => link.getAttribute('href'))).toEqual([
      '/articles/older',
      '/articles/newest#p-2',
      'https://example.com/x?a=1&b=2',
    ])
  })
})

describe('atomFeed selection and dates', () => {
  it('keeps only the newest FEED_SIZE articles, in the order given', () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, index) => articleWith({ slug: `a-${index}` }))
    const { entries } = feedOf(many)
    expect(entries.map((entry) => linkOf(entry, 'alternate'))).toEqual(
      many.slice(0, FEED_SIZE).map((article) => `https://warta.example/articles/${article.slug}`),
    )
  })

  it('gives undated articles the build time as updated and no published', () => {
    const { feed, entries } = feedOf([
      articleWith({ slug: 'dated', date: '2025-07-13' }),
      articleWith({ slug: 'undated' }),
    ])
    const undated = entries[1] as Element
    expect(childrenNamed(undated, ATOM_NS, 'published')).toHaveLength(0)
    expect(childText(undated, ATOM_NS, 'updated')).toBe('2025-08-01T12:00:00Z')
    expect(childText(feed, ATOM_NS, 'updated')).toBe('2025-08-01T12:00:00Z')
  })

  it('is a valid empty feed, updated at build time, when there are no articles', () => {
    const { feed, entries } = feedOf([])
    expect(entries).toHaveLength(0)
    expect(childText(feed, ATOM_NS, 'updated')).toBe('2025-08-01T12:00:00Z')
  })
})
