import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type Article, articleSchema, type Block, dataPaths, type Inline } from '../../src/articles/article-schema.ts'
import { parseOrThrow } from '../../src/validation.ts'

/**
 * The floor: the same article as a hand-written static page would serve it. One HTML file, a few lines of inline CSS
 * in the system font, no script, and a plain link to the next article's page. Nothing a site could leave out.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  )

const inlineText = (content: readonly Inline[]): string =>
  content
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return escapeHtml(inline.text)
        case 'break':
          return '<br>'
        default:
          return inlineText(inline.children)
      }
    })
    .join('')

const blockHtml = (block: Block): string => {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineText(block.content)}</p>`
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`
    case 'quote':
      return `<blockquote>${block.paragraphs.map((paragraph) => `<p>${inlineText(paragraph)}</p>`).join('')}</blockquote>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      return `<${tag}>${block.items.map((item) => `<li>${inlineText(item)}</li>`).join('')}</${tag}>`
    }
    case 'image':
      return ''
  }
}

const style =
  'body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 system-ui,sans-serif;color:#1c1917}' +
  'h1{font-size:1.6rem;line-height:1.2}nav{margin-top:3rem;border-top:1px solid #ccc;padding-top:1rem}'

export function floorPage(article: Article): string {
  const next = article.next
    ? `<nav><a href="/articles/${article.next.slug}" rel="next">Next Post → ${escapeHtml(article.next.title)}</a></nav>`
    : ''
  return `<!doctype html>
<html lang="${article.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escapeHtml(article.title)}</title><style>${style}</style></head>
<body><main><article><h1>${escapeHtml(article.title)}</h1>
${article.blocks.map(blockHtml).join('\n')}
</article>${next}</main></body></html>
`
}

export async function readArticle(distDir: string, slug: string): Promise<Article> {
  const file = path.join(distDir, ...dataPaths.article(slug).split('/'))
  return parseOrThrow(articleSchema, JSON.parse(await readFile(file, 'utf8')))
}

/** The seed and the article its Next Post leads to, as static pages at the same paths Warta uses. */
export async function floorPages(distDir: string, seedSlug: string) {
  const seed = await readArticle(distDir, seedSlug)
  if (!seed.next) throw new Error(`${seedSlug} has no next article to click through to`)
  const next = await readArticle(distDir, seed.next.slug)
  const html = 'text/html; charset=utf-8'
  return {
    seed,
    next,
    pages: new Map([
      [`/articles/${seed.slug}`, { type: html, body: floorPage(seed) }],
      [`/articles/${next.slug}`, { type: html, body: floorPage(next) }],
    ]),
  }
}
