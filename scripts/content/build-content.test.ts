import { describe, expect, it } from 'vitest'
import { articleIndexPageSchema, articleSchema, dataPaths } from '../../src/articles/article-schema.ts'
import type { Parser } from '../../src/http.ts'
import { parseOrThrow } from '../../src/validation.ts'
import { buildContent, compareReadingOrder } from './build-content.ts'
import { contentDirWith, errorMessageOf } from './content-fixtures.ts'

async function build(files: Record<string, string | Uint8Array>) {
  const result = await buildContent(await contentDirWith(files))
  return { ...result, data: new Map(result.files()) }
}

function readJson<T>(data: Map<string, string>, path: string, schema: Parser<T>): T {
  const json = data.get(path)
  if (json === undefined) throw new Error(`missing ${path}`)
  return parseOrThrow(schema, JSON.parse(json))
}

/** `count` dated articles a-000, a-001…, one day apart, oldest first by name. */
function manyArticles(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const day = new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10)
    files[`a-${String(index).padStart(3, '0')}.txt`] = `---\ndate: ${day}\n---\nTitle ${index}\n\nBody ${index}.`
  }
  return files
}

describe('buildContent order and neighbours', () => {
  it('puts newest first, undated last by slug, ties by slug; links previous and next, null at both ends', async () => {
    const { data, articles, pages } = await build({
      'zeta.txt': 'Zeta\n\nUndated.',
      'alpha.md': '---\ntitle: Alpha\n---\nUndated too.',
      'old.txt': '---\ndate: 2024-01-01\n---\nOld\n\nText.',
      'new-b.txt': '---\ndate: 2025-07-13\n---\nNew B\n\nText.',
      'new-a.txt': '---\ndate: 2025-07-13\nlang: en\n---\nNew A\n\nText.',
      'newest.txt': '---\ndate: 2025-07-14T01:00:00Z\n---\nNewest\n\nText.',
    })
    expect({ articles, pages }).toEqual({ articles: 6, pages: 1 })
    const index = readJson(data, dataPaths.indexPage(1), articleIndexPageSchema)
    const order = index.articles.map((article) => article.slug)
    expect(order).toEqual(['newest', 'new-a', 'new-b', 'old', 'alpha', 'zeta'])

    const first = readJson(data, dataPaths.article('newest'), articleSchema)
    expect(first.previous).toBeNull()
    // Each neighbour's title carries its own article's language.
    expect(first.next).toEqual({ slug: 'new-a', title: 'New A', lang: 'en' })
    const middle = readJson(data, dataPaths.article('old'), articleSchema)
    expect(middle.previous).toEqual({ slug: 'new-b', title: 'New B', lang: 'id' })
    expect(middle.next).toEqual({ slug: 'alpha', title: 'Alpha', lang: 'id' })
    const last = readJson(data, dataPaths.article('zeta'), articleSchema)
    expect(last.previous).toEqual({ slug: 'alpha', title: 'Alpha', lang: 'id' })
    expect(last.next).toBeNull()
  })

  it('compares dates as instants and ranks undated after dated', () => {
    expect(compareReadingOrder({ slug: 'a', date: '2025-01-01' }, { slug: 'b', date: '2025-01-02' })).toBeGreaterThan(0)
    expect(compareReadingOrder({ slug: 'a' }, { slug: 'b', date: '1999-01-01' })).toBeGreaterThan(0)
    expect(compareReadingOrder({ slug: 'a' }, { slug: 'b' })).toBeLessThan(0)
  })

  it('fills the article data: excerpt, reading time, front matter fields', async () => {
    const long = Array.from({ length: 450 }, (_, index) => `word${index}`).join(' ')
    const { data } = await build({
      'long.txt': `---\nlang: en\nauthor: Ana\ntags: [x]\n---\nLong\n\n${long}`,
      'summed.md': '---\ntitle: Summed\nsummary: Given summary.\nimage: /lead.jpg\n---\nBody.',
    })
    const article = readJson(data, dataPaths.article('long'), articleSchema)
    expect(article).toMatchObject({ title: 'Long', author: 'Ana', tags: ['x'], lang: 'en', readingMinutes: 2 })
    expect(article.excerpt.endsWith('…')).toBe(true)
    expect(article.excerpt.length).toBeLessThanOrEqual(201)
    const summed = readJson(data, dataPaths.article('summed'), articleSchema)
    expect(summed).toMatchObject({
      excerpt: 'Given summary.',
      summary: 'Given summary.',
      image: '/lead.jpg',
      lang: 'id',
    })
    expect(summed.readingMinutes).toBe(1)
  })

  it('writes each dated article’s date as its language does, in the article and in the index; none when undated', async () => {
    const { data } = await build({
      'kabar.txt': '---\ndate: 2026-12-02T06:15Z\n---\nKabar\n\nIsi.',
      'news.txt': '---\ndate: 2026-12-01T23:30:00-05:00\nlang: en\n---\nNews\n\nBody.',
      'undated.txt': 'Undated\n\nBody.',
    })
    expect(readJson(data, dataPaths.article('kabar'), articleSchema).dateLabel).toBe('2 Desember 2026')
    expect(readJson(data, dataPaths.article('news'), articleSchema).dateLabel).toBe('December 1, 2026')
    expect(readJson(data, dataPaths.article('undated'), articleSchema)).not.toHaveProperty('dateLabel')
    const listed = readJson(data, dataPaths.indexPage(1), articleIndexPageSchema).articles
    expect(listed.map(({ slug, dateLabel }) => [slug, dateLabel])).toEqual([
      ['kabar', '2 Desember 2026'],
      ['news', 'December 1, 2026'],
      ['undated', undefined],
    ])
  })
})

describe('buildContent index pages', () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [20, [20]],
    [21, [20, 1]],
  ])('with %i articles makes pages of sizes %j', async (count, sizes) => {
    const { data, pages, articles } = await build(manyArticles(count))
    expect({ articles, pages }).toEqual({ articles: count, pages: sizes.length })
    expect(data.size).toBe(count + sizes.length)
    const seen: string[] = []
    for (const [index, size] of sizes.entries()) {
      const page = readJson(data, dataPaths.indexPage(index + 1), articleIndexPageSchema)
      expect(page).toMatchObject({ page: index + 1, pageCount: sizes.length, pageSize: 20, total: count })
      expect(page.articles).toHaveLength(size)
      seen.push(...page.articles.map((article) => article.slug))
    }
    expect(data.has(dataPaths.indexPage(sizes.length + 1))).toBe(false)
    // Newest first across the page boundary: a-020 (newest) … a-000 (oldest, alone on page 2 when 21).
    expect(seen).toEqual(Array.from({ length: count }, (_, index) => `a-${String(count - 1 - index).padStart(3, '0')}`))
  })
})

describe('buildContent failures', () => {
  it('collects every broken file into one error with file:line: reason', async () => {
    const message = await errorMessageOf(async () =>
      build({
        'good.txt': 'Good\n\nText.',
        'Bad_Slug.txt': 'Headline\n\nText.',
        'dup.txt': 'Dup\n\nText.',
        'dup.md': '---\ntitle: Dup\n---\nText.',
        'empty.txt': '\n\n',
        'typo.md': '---\ntitle: T\ndat: 2025-01-01\n---\nText.',
        'latin1.txt': new Uint8Array([0x48, 0x69, 0x0a, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
        'notes.docx': 'x',
        'unsafe.md': '---\ntitle: T\n---\n\n[x](javascript:alert(1))',
      }),
    )
    expect(message).toContain('Content build failed with 7 problems:')
    expect(message).toMatch(/Bad_Slug\.txt:1: "Bad_Slug" is not a valid slug/)
    expect(message).toMatch(/dup\.txt:1: duplicate slug "dup": \S*dup\.md has the same name/)
    expect(message).toMatch(/empty\.txt:1: no headline/)
    expect(message).toMatch(/typo\.md:3: unknown front matter key "dat"/)
    expect(message).toMatch(/latin1\.txt:3: not valid UTF-8/)
    expect(message).toMatch(/notes\.docx:1: unsupported file type "\.docx"/)
    expect(message).toMatch(/unsafe\.md:5: unsafe link "javascript:alert\(1\)"/)
  })

  it('fails clearly when the content folder is missing', async () => {
    expect(await errorMessageOf(() => buildContent('/nonexistent/warta-content'))).toContain(
      '/nonexistent/warta-content:1: cannot read the content folder',
    )
  })

  it('ignores dotfiles', async () => {
    const { articles } = await build({ '.gitkeep': '', 'a.txt': 'A\n\nB.' })
    expect(articles).toBe(1)
  })
})
