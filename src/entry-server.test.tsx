// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildContent } from '../scripts/content/build-content.ts'
import { type Article, articleSchema, dataPaths } from './articles/article-schema.ts'
import { parseOrThrow } from './validation.ts'

const seedSlug = 'kim-jong-un-dukung-rusia-di-ukraina'
let seed: Article

beforeAll(async () => {
  const build = await buildContent('content/articles')
  const files = new Map(build.files())
  seed = parseOrThrow(articleSchema, JSON.parse(files.get(dataPaths.article(seedSlug)) ?? 'null'))
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

/** Renders the seed's page the way the build does, with SITE_URL as given, and parses its head. */
async function renderSeedHead(siteUrl: string | undefined) {
  vi.stubEnv('SITE_URL', siteUrl ?? '')
  vi.resetModules()
  const { renderPage } = await import('./entry-server.tsx')
  const { articleKeys } = await import('./articles/article-queries.ts')
  const page = await renderPage(`/articles/${seedSlug}`, (queryClient) =>
    queryClient.setQueryData(articleKeys.detail(seedSlug), seed),
  )
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head>${page.head}</head><body>${page.body}</body></html>`,
    'text/html',
  )
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null
  const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null')
  return { page, document, meta, jsonLd }
}

describe('the seed article’s prerendered head', () => {
  it('carries title, description, canonical, Open Graph, Twitter card and a NewsArticle', async () => {
    const { page, document, meta, jsonLd } = await renderSeedHead('https://warta.example/')
    const url = `https://warta.example/articles/${seedSlug}`
    expect(page.status).toBe(200)
    expect(document.title).toBe(`${seed.title} — Warta`)
    expect(meta('description')).toBe(seed.excerpt)
    expect(meta('description')).toMatch(/^Pemimpin Korea Utara Kim Jong Un menegaskan kembali bahwa ia "tanpa syarat"/)
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url)
    expect(meta('og:type')).toBe('article')
    expect(meta('og:title')).toBe(seed.title)
    expect(meta('og:description')).toBe(seed.excerpt)
    expect(meta('og:url')).toBe(url)
    expect(meta('og:site_name')).toBe('Warta')
    expect(meta('og:locale')).toBe('id_ID')
    expect(meta('article:published_time')).toBe('2025-07-13')
    expect(meta('og:image')).toBeNull()
    expect(meta('twitter:card')).toBe('summary')

    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seed.title,
      description: seed.excerpt,
      inLanguage: 'id',
      datePublished: '2025-07-13',
      dateModified: '2025-07-13',
      author: { '@type': 'Organization', name: 'Warta' },
      publisher: { '@type': 'Organization', name: 'Warta' },
      mainEntityOfPage: url,
      url,
    })
  })

  it('leaves canonical and og:url out when SITE_URL is not set', async () => {
    const { document, meta, jsonLd } = await renderSeedHead(undefined)
    expect(document.querySelector('link[rel="canonical"]')).toBeNull()
    expect(meta('og:url')).toBeNull()
    expect(meta('og:title')).toBe(seed.title)
    expect(jsonLd.url).toBeUndefined()
  })

  it('holds the whole article text in the body, so it paints before any script runs', async () => {
    const { document } = await renderSeedHead(undefined)
    expect(document.querySelector('h1')?.textContent).toBe(seed.title)
    expect(document.querySelectorAll('[data-block]')).toHaveLength(seed.blocks.length)
    expect(document.querySelector('#p-22 h2')?.textContent).toBe('Terintegrasi ke dalam perang Rusia')
  })
})
