import { describe, expect, it } from 'vitest'
import type { Block, Inline } from '../../src/articles/article-schema.ts'
import { blocksToHtml, inlinesToHtml } from './blocks-to-html.ts'

const text = (value: string): Inline => ({ type: 'text', text: value })
const keep = (url: string) => url
const html = (block: Block) => blocksToHtml([block], keep)

describe('blocksToHtml', () => {
  it('writes a paragraph, escaping its text', () => {
    expect(html({ type: 'paragraph', content: [text('Tom & Jerry <b>')] })).toBe('<p>Tom &amp; Jerry &lt;b&gt;</p>')
  })

  it('writes h2 and h3 headings', () => {
    expect(html({ type: 'heading', level: 2, text: 'Two > one' })).toBe('<h2>Two &gt; one</h2>')
    expect(html({ type: 'heading', level: 3, text: 'Three' })).toBe('<h3>Three</h3>')
  })

  it('writes a quote as a blockquote of paragraphs', () => {
    expect(html({ type: 'quote', paragraphs: [[text('One.')], [text('“Two.”')]] })).toBe(
      '<blockquote><p>One.</p><p>“Two.”</p></blockquote>',
    )
  })

  it('writes ordered and unordered lists', () => {
    expect(html({ type: 'list', ordered: false, items: [[text('a')], [text('b')]] })).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    )
    expect(html({ type: 'list', ordered: true, items: [[text('first')]] })).toBe('<ol><li>first</li></ol>')
  })

  it('writes an image with its alt text, and its title as caption when it has one', () => {
    expect(html({ type: 'image', src: '/a.png', alt: 'A "quoted" <alt>' })).toBe(
      '<figure><img src="/a.png" alt="A &quot;quoted&quot; &lt;alt&gt;"></figure>',
    )
    expect(html({ type: 'image', src: 'https://cdn.example/b.jpg?w=1&h=2', alt: '', title: "It's B" })).toBe(
      '<figure><img src="https://cdn.example/b.jpg?w=1&amp;h=2" alt="" title="It&#39;s B"><figcaption>It&#39;s B</figcaption></figure>',
    )
  })

  it('leaves out an image whose source is not http(s) or site-relative', () => {
    expect(html({ type: 'image', src: 'javascript:alert(1)', alt: 'x' })).toBe('')
  })

  it('puts one block per line', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: 'H' },
      { type: 'paragraph', content: [text('P')] },
    ]
    expect(blocksToHtml(blocks, keep)).toBe('<h2>H</h2>\n<p>P</p>')
    expect(blocksToHtml([], keep)).toBe('')
  })

  it('passes every image and link URL through the resolver', () => {
    const resolve = (url: string) => `https://warta.example${url}`
    expect(blocksToHtml([{ type: 'image', src: '/a.png', alt: 'a' }], resolve)).toContain(
      'src="https://warta.example/a.png"',
    )
    expect(inlinesToHtml([{ type: 'link', href: '/x', children: [text('x')] }], resolve)).toBe(
      '<a href="https://warta.example/x">x</a>',
    )
  })
})

describe('inlinesToHtml', () => {
  it('writes emphasis, strong, code, links and breaks, nested', () => {
    const inlines: Inline[] = [
      { type: 'emphasis', children: [text('em '), { type: 'strong', children: [text('both')] }] },
      { type: 'break' },
      { type: 'code', text: '<div class="x">' },
      text(' '),
      { type: 'link', href: 'https://example.com/?a=1&b=2', children: [{ type: 'strong', children: [text('go')] }] },
    ]
    expect(inlinesToHtml(inlines, keep)).toBe(
      '<em>em <strong>both</strong></em><br><code>&lt;div class=&quot;x&quot;&gt;</code> ' +
        '<a href="https://example.com/?a=1&amp;b=2"><strong>go</strong></a>',
    )
  })

  it('keeps the text of a link whose href is unsafe, without the link', () => {
    const inlines: Inline[] = [{ type: 'link', href: 'javascript:alert(1)', children: [text('click')] }]
    expect(inlinesToHtml(inlines, keep)).toBe('click')
  })

  it('drops characters XML cannot carry', () => {
    expect(inlinesToHtml([text('a\u0000b\u0008c')], keep)).toBe('abc')
  })
})
