// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { childrenNamed, childText, parseXml, SITEMAP_NS } from './feed-fixtures.ts'
import { SITEMAP_MAX_URLS, sitemapXml } from './sitemap.ts'

function urlsOf(xml: string) {
  const urlset = parseXml(xml).documentElement
  expect(urlset.namespaceURI).toBe(SITEMAP_NS)
  expect(urlset.localName).toBe('urlset')
  return childrenNamed(urlset, SITEMAP_NS, 'url').map((url) => ({
    loc: childText(url, SITEMAP_NS, 'loc'),
    lastmod: childText(url, SITEMAP_NS, 'lastmod'),
  }))
}

describe('sitemapXml', () => {
  it('lists every home page and every article with absolute URLs and lastmod from the date', () => {
    const { xml, urls } = sitemapXml({
      siteUrl: 'https://warta.example',
      pageCount: 3,
      articles: [
        { slug: 'dated', date: '2025-07-13' },
        { slug: 'timed', date: '2025-07-13T09:30+07:00' },
        { slug: 'undated' },
      ],
    })
    expect(xml).toContain('<loc>https://warta.example/?page=2</loc>')
    // Any & (a second query parameter one day) must be written as an entity reference.
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/)
    expect(urls).toBe(6)
    expect(urlsOf(xml)).toEqual([
      { loc: 'https://warta.example/', lastmod: undefined },
      { loc: 'https://warta.example/?page=2', lastmod: undefined },
      { loc: 'https://warta.example/?page=3', lastmod: undefined },
      { loc: 'https://warta.example/articles/dated', lastmod: '2025-07-13' },
      { loc: 'https://warta.example/articles/timed', lastmod: '2025-07-13T02:30:00Z' },
      { loc: 'https://warta.example/articles/undated', lastmod: undefined },
    ])
    for (const { loc } of urlsOf(xml)) expect(new URL(loc ?? '').origin).toBe('https://warta.example')
  })

  it('refuses more URLs than one sitemap file may hold', () => {
    const articles = Array.from({ length: SITEMAP_MAX_URLS }, (_, index) => ({ slug: `a-${index}` }))
    expect(() => sitemapXml({ siteUrl: 'https://warta.example', pageCount: 1, articles })).toThrow(/sitemap index/)
  })
})
