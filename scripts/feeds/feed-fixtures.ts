import { type Article, articleSchema } from '../../src/articles/article-schema.ts'
import { parseOrThrow } from '../../src/validation.ts'

export const ATOM_NS = 'http://www.w3.org/2005/Atom'
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/**
 * Parses XML with jsdom's DOMParser (a test file opts in with `// @vitest-environment jsdom`), failing with the
 * parser's own message when the text is not well-formed. jsdom reports errors as a `<parsererror>` document.
 */
export function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml')
  const error = document.getElementsByTagName('parsererror')[0]
  if (error !== undefined) throw new Error(`not well-formed XML: ${error.textContent}`)
  return document
}

/** Parses HTML the way a feed reader would after unescaping `<content type="html">`. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

/** Direct children of `parent` named `name` in namespace `ns`. */
export function childrenNamed(parent: Element, ns: string, name: string): Element[] {
  return Array.from(parent.children).filter((child) => child.namespaceURI === ns && child.localName === name)
}

export function childText(parent: Element, ns: string, name: string): string | undefined {
  return childrenNamed(parent, ns, name)[0]?.textContent ?? undefined
}

/** A valid article (checked by the shared schema) with `overrides` applied. */
export function articleWith(overrides: Partial<Article> & { slug: string }): Article {
  return parseOrThrow(articleSchema, {
    title: `Title of ${overrides.slug}`,
    excerpt: `Excerpt of ${overrides.slug}.`,
    tags: [],
    lang: 'id',
    openGraphLocale: 'id_ID',
    readingMinutes: 1,
    blocks: [{ type: 'paragraph', content: [{ type: 'text', text: `Body of ${overrides.slug}.` }] }],
    previous: null,
    next: null,
    ...overrides,
    // As the content build labels a date (shown on the page, not in feeds).
    ...(overrides.date ? { dateLabel: overrides.dateLabel ?? overrides.date } : {}),
  })
}

/** Text that must arrive as text: markup, entities, both quote kinds, curly quotes, and an XML-illegal control. */
export const hostileText = 'Tom & Jerry <script>alert("x")</script> it\'s &amp; “kutipan” ‘satu’\u0007 — done'
/** `hostileText` as it must read after parsing: the same, minus the control character XML cannot carry. */
export const hostileTextAsRead = hostileText.replace('\u0007', '')
