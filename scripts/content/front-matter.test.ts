import { describe, expect, it } from 'vitest'
import { errorMessageOf } from './content-fixtures.ts'
import { splitFrontMatter } from './front-matter.ts'

const split = (text: string) => splitFrontMatter(text, 'post.md')

describe('splitFrontMatter', () => {
  it('applies defaults when there is no front matter and keeps the whole body', () => {
    expect(split('Headline\nBody')).toMatchObject({
      frontMatter: { lang: 'id', tags: [] },
      bodyLines: ['Headline', 'Body'],
      bodyStartLine: 1,
    })
  })

  it('parses every field and reports where the body starts', () => {
    const result = split(
      '---\r\ntitle: "A: title"\r\ndate: 2026-11-26\r\nauthor: Ana\r\nsummary: Short.\r\ntags:\r\n  - x\r\nlang: en-GB\r\nimage: /img/a.jpg\r\n---\r\nBody',
    )
    expect(result.frontMatter).toEqual({
      title: 'A: title',
      date: '2026-11-26',
      author: 'Ana',
      summary: 'Short.',
      tags: ['x'],
      lang: 'en-GB',
      image: '/img/a.jpg',
    })
    expect(result.bodyLines).toEqual(['Body'])
    expect(result.bodyStartLine).toBe(11)
    expect(result.keyLines.get('lang')).toBe(8)
  })

  it('accepts an empty block', () => {
    expect(split('---\n---\nBody').frontMatter).toEqual({ lang: 'id', tags: [] })
  })

  it('reports broken YAML with the file line', async () => {
    const message = await errorMessageOf(() => split('---\ntitle: ok\ntags: [a, b\nlang: id\n---\n'))
    expect(message).toMatch(/post\.md:[345]: front matter: .*/)
    expect(await errorMessageOf(() => split('---\ntitle: a\ntitle: b\n---\n'))).toContain('post.md:3: front matter:')
  })

  it('rejects an unknown key such as a typo, at its line, listing the allowed keys', async () => {
    const message = await errorMessageOf(() => split('---\ntitle: T\ndat: 2025-01-01\n---\n'))
    expect(message).toContain('post.md:3: unknown front matter key "dat" (allowed: title, date, author')
  })

  it('lists every unknown key at once, beside the problems with known ones', async () => {
    const message = await errorMessageOf(() => split('---\ntitle: " "\ndat: 2025-01-01\nauthr: Ana\n---\n'))
    expect(message).toContain('3 problems:')
    expect(message).toContain('post.md:2: front matter "title": must not be blank')
    expect(message).toContain('post.md:3: unknown front matter key "dat"')
    expect(message).toContain('post.md:4: unknown front matter key "authr"')
  })

  it.each([
    ['2025-13-01', 'not a real date'],
    ['2025-02-30', 'not a real calendar date'],
    ['13/07/2025', 'a date is YYYY-MM-DD'],
    ['yesterday', 'a date is YYYY-MM-DD'],
  ])('rejects the date %s at its line', async (date, reason) => {
    const message = await errorMessageOf(() => split(`---\ntitle: T\n\ndate: ${date}\n---\n`))
    expect(message).toContain(`post.md:4: front matter "date": `)
    expect(message).toContain(reason)
    expect(message).toContain('1 problem:')
  })

  it('rejects wrong types, pointing at the offending list item', async () => {
    const message = await errorMessageOf(() => split('---\ntags:\n  - ok\n  - 12\nlang: Indonesian\n---\n'))
    expect(message).toContain('post.md:4: front matter "tags.1"')
    expect(message).toContain('post.md:5: front matter "lang"')
  })

  it('rejects an unsafe image and a front matter that is not a mapping, or never closed', async () => {
    expect(await errorMessageOf(() => split('---\nimage: "javascript:alert(1)"\n---\n'))).toContain(
      'post.md:2: front matter "image": only http(s) and site-relative',
    )
    expect(await errorMessageOf(() => split('---\n- a\n---\n'))).toContain('post.md:2: front matter must be')
    expect(await errorMessageOf(() => split('---\ntitle: T\nBody'))).toContain('post.md:1: front matter opened')
  })
})
