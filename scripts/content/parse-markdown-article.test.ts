import { describe, expect, it } from 'vitest'
import { errorMessageOf } from './content-fixtures.ts'
import { parseMarkdownArticle } from './parse-markdown-article.ts'

const withTitle = (body: string) => `---\ntitle: Judul\nlang: en\n---\n${body}`
const blocksOf = (body: string) => parseMarkdownArticle(withTitle(body), 'post.md').blocks

describe('parseMarkdownArticle blocks', () => {
  it('reads the title and front matter', () => {
    const article = parseMarkdownArticle(withTitle('Hello.'), 'post.md')
    expect(article.title).toBe('Judul')
    expect(article.frontMatter).toEqual({ lang: 'en', tags: [] })
    expect(article.blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Hello.' }] }])
  })

  it('maps ## and ### to heading levels 2 and 3', () => {
    expect(blocksOf('## Two *parts*\n\n### Three')).toEqual([
      { type: 'heading', level: 2, text: 'Two parts' },
      { type: 'heading', level: 3, text: 'Three' },
    ])
  })

  it('maps a blockquote to a quote with its paragraphs', () => {
    expect(blocksOf('> First “quoted”.\n>\n> Second.')).toEqual([
      {
        type: 'quote',
        paragraphs: [[{ type: 'text', text: 'First “quoted”.' }], [{ type: 'text', text: 'Second.' }]],
      },
    ])
  })

  it('maps ordered and unordered lists, flattening items to inline content', () => {
    expect(blocksOf('1. one\n2. **two**\n\n- a\n\n  still a\n  - nested')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'text', text: 'one' }], [{ type: 'strong', children: [{ type: 'text', text: 'two' }] }]],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            { type: 'text', text: 'a' },
            { type: 'break' },
            { type: 'text', text: 'still a' },
            { type: 'break' },
            { type: 'text', text: 'nested' },
          ],
        ],
      },
    ])
  })

  it('keeps the number an ordered list starts from, when it is not 1', () => {
    expect(blocksOf('3. third\n4. fourth\n\nBetween.\n\n0. zero\n\nAnd.\n\n1. one')).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [[{ type: 'text', text: 'third' }], [{ type: 'text', text: 'fourth' }]],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Between.' }] },
      { type: 'list', ordered: true, start: 0, items: [[{ type: 'text', text: 'zero' }]] },
      { type: 'paragraph', content: [{ type: 'text', text: 'And.' }] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }]] },
    ])
  })

  it('maps an image alone in a paragraph to an image block, with its title', () => {
    expect(
      blocksOf('![A harbour at dawn](/img/harbour.jpg "Wonsan")\n\n![Map][m]\n\n[m]: https://example.com/m.png'),
    ).toEqual([
      { type: 'image', src: '/img/harbour.jpg', alt: 'A harbour at dawn', title: 'Wonsan' },
      { type: 'image', src: 'https://example.com/m.png', alt: 'Map' },
    ])
  })

  it('keeps fenced code as code lines and drops thematic breaks', () => {
    expect(blocksOf('```\nnpm run build\nnpm start\n```\n\n---\n\nEnd.')).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'code', text: 'npm run build' }, { type: 'break' }, { type: 'code', text: 'npm start' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'End.' }] },
    ])
  })
})

describe('parseMarkdownArticle inlines', () => {
  it('maps emphasis, strong, code, links, reference links and hard breaks; soft breaks become spaces', () => {
    const [block] = blocksOf(
      'A *b* __c__ `d` [e](https://example.com/e) [f][ref] [g](mailto:x@example.com) [h](/articles/x) [i](#p-2)\\\nnext\nsoft – “as is”\n\n[ref]: http://example.com/f',
    )
    expect(block).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'A ' },
        { type: 'emphasis', children: [{ type: 'text', text: 'b' }] },
        { type: 'text', text: ' ' },
        { type: 'strong', children: [{ type: 'text', text: 'c' }] },
        { type: 'text', text: ' ' },
        { type: 'code', text: 'd' },
        { type: 'text', text: ' ' },
        { type: 'link', href: 'https://example.com/e', children: [{ type: 'text', text: 'e' }] },
        { type: 'text', text: ' ' },
        { type: 'link', href: 'http://example.com/f', children: [{ type: 'text', text: 'f' }] },
        { type: 'text', text: ' ' },
        { type: 'link', href: 'mailto:x@example.com', children: [{ type: 'text', text: 'g' }] },
        { type: 'text', text: ' ' },
        { type: 'link', href: '/articles/x', children: [{ type: 'text', text: 'h' }] },
        { type: 'text', text: ' ' },
        { type: 'link', href: '#p-2', children: [{ type: 'text', text: 'i' }] },
        { type: 'break' },
        { type: 'text', text: 'next soft – “as is”' },
      ],
    })
  })

  it('takes the first of two reference definitions with the same label, as CommonMark does', () => {
    expect(blocksOf('[foo]\n\n[foo]: /first\n\n[Foo]: /second')).toEqual([
      { type: 'paragraph', content: [{ type: 'link', href: '/first', children: [{ type: 'text', text: 'foo' }] }] },
    ])
  })

  it('never injects raw HTML: block and inline HTML stay literal text', () => {
    const blocks = blocksOf('<script>alert(1)</script>\n\nSee <b onclick="x()">bold</b> here.')
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'See <b onclick="x()">bold</b> here.' }] },
    ])
    expect(JSON.stringify(blocks)).not.toMatch(/"(html|innerHTML|dangerouslySetInnerHTML)"/)
  })
})

describe('parseMarkdownArticle errors', () => {
  it('rejects javascript: and data: links and images with file:line', async () => {
    const message = await errorMessageOf(() =>
      parseMarkdownArticle(
        withTitle('Fine.\n\n[click](javascript:alert(1))\n\n![x](data:image/png;base64,AAAA)\n\n[y](//evil.example)'),
        'bad-link.md',
      ),
    )
    expect(message).toContain('bad-link.md:7: unsafe link "javascript:alert(1)"')
    expect(message).toContain('bad-link.md:9: unsafe image source "data:image/png;base64,AAAA"')
    expect(message).toContain('bad-link.md:11: unsafe link "//evil.example"')
  })

  it('names the line of an unsafe link inside a paragraph, a list item or a quote', async () => {
    const message = await errorMessageOf(() =>
      parseMarkdownArticle(
        withTitle(
          'One\ntwo [x](javascript:y)\n\n- item\n- item  \n  [z](vbscript:z)\n\n> a\n>\n> b\n> [w](file:///etc)',
        ),
        'lines.md',
      ),
    )
    expect(message).toContain('lines.md:6: unsafe link "javascript:y"')
    expect(message).toContain('lines.md:10: unsafe link "vbscript:z"')
    expect(message).toContain('lines.md:15: unsafe link "file:///etc"')
  })

  it('requires a title in the front matter', async () => {
    expect(await errorMessageOf(() => parseMarkdownArticle('Just text.', 'untitled.md'))).toContain(
      'untitled.md:1: a .md article needs a "title"',
    )
  })

  it('rejects a level-1 heading, an inline image and an image without alt text', async () => {
    const message = await errorMessageOf(() =>
      parseMarkdownArticle(withTitle('# Title again\n\nText ![pic](/a.png) more.\n\n![](/b.png)'), 'post.md'),
    )
    expect(message).toContain('post.md:5: use "##" or "###"')
    expect(message).toContain('post.md:7: an image must stand alone')
    expect(message).toContain('post.md:9: an image needs alt text')
  })
})
