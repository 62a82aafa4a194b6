import {
  type Article,
  type ArticleIndexPage,
  type ArticleSummary,
  articleIndexPageSchema,
  articleSchema,
  type Block,
  type Inline,
} from '../../src/articles/article-schema.ts'
import { listHref } from '../../src/keyboard/list-selection.ts'
import { paths } from '../../src/paths.ts'
import { parseOrThrow } from '../../src/validation.ts'
import type { PrerenderTarget } from '../prerender-targets.ts'

/** The kinds of page the build prerenders; pages of one kind share a template, and so their inlined stylesheet. */
export type PageKind = PrerenderTarget['kind']
export const PAGE_KINDS: readonly PageKind[] = ['home', 'article', 'not-found']

/** A page to render only so its markup can be read: what the first paint of its kind may need. */
export type Specimen =
  | { url: string; article: Article }
  | { url: string; indexPage: ArticleIndexPage }
  | { url: string; nothing: true }

const words = (text: string): Inline => ({ type: 'text', text })

/** Every kind of inline content, nested as an article may nest it. */
export const specimenInlines: Inline[] = [
  words('Plain words, '),
  { type: 'emphasis', children: [words('emphasis')] },
  { type: 'strong', children: [words('strong '), { type: 'emphasis', children: [words('and both')] }] },
  { type: 'code', text: 'code' },
  { type: 'link', href: 'https://example.org/', children: [words('a link')] },
  { type: 'break' },
  words('after a line break.'),
]

/** Every kind of block, and each variant of it (heading levels, list kinds, an image with and without a caption). */
export const specimenBlocks: Block[] = [
  { type: 'paragraph', content: specimenInlines },
  { type: 'heading', level: 2, text: 'A subheading' },
  { type: 'paragraph', content: [words('A paragraph after a subheading.')] },
  { type: 'heading', level: 3, text: 'A smaller subheading' },
  { type: 'quote', paragraphs: [specimenInlines, [words('A quote’s second paragraph.')]] },
  { type: 'list', ordered: false, items: [specimenInlines, [words('A second item.')]] },
  { type: 'list', ordered: true, items: [specimenInlines, [words('A second item.')]] },
  { type: 'image', src: '/favicon.svg', alt: 'An image', title: 'Its caption' },
  { type: 'image', src: '/favicon.svg', alt: 'An image without a caption' },
  { type: 'paragraph', content: [words('The last paragraph.')] },
]

/**
 * Long paragraphs after the specimen blocks, enough for the last ones to be below even the tallest first screen:
 * paragraphs below the first screen have rules of their own (first-screen.ts).
 */
const belowTheFirstScreen: Block[] = Array.from({ length: 12 }, (_, index) => ({
  type: 'paragraph',
  content: [words(`A long paragraph, number ${index + 1}. ${'Words that fill a reading column. '.repeat(30)}`)],
}))

const neighbour = (slug: string) => ({ slug, title: `The article ${slug}`, lang: 'en' })

const fullArticle = parseOrThrow(articleSchema, {
  slug: 'specimen-article',
  title: 'A specimen article with every kind of content',
  date: '2025-07-13',
  dateLabel: '13 Juli 2025',
  author: 'A. Writer',
  summary: 'Its summary.',
  excerpt: 'Its excerpt.',
  tags: ['one', 'two'],
  lang: 'id',
  openGraphLocale: 'id_ID',
  readingMinutes: 3,
  image: '/favicon.svg',
  blocks: [...specimenBlocks, ...belowTheFirstScreen],
  previous: neighbour('previous-article'),
  next: neighbour('next-article'),
})

/** The least an article can have: no date, author, image or neighbours, and no text. */
const bareArticle = parseOrThrow(articleSchema, {
  slug: 'bare-specimen-article',
  title: 'A bare specimen article',
  excerpt: '',
  tags: [],
  lang: 'en',
  openGraphLocale: 'en_US',
  readingMinutes: 1,
  blocks: [],
  previous: null,
  next: null,
})

const summary = (slug: string, dated: boolean): ArticleSummary => ({
  slug,
  title: `The article ${slug}`,
  excerpt: 'Its excerpt.',
  ...(dated ? { date: '2025-07-13', dateLabel: '13 Juli 2025' } : {}),
  readingMinutes: 2,
  tags: [],
  lang: 'id',
})

/** A middle page of the list (links to both neighbouring pages) with one entry selected from the keyboard. */
const middleListPage = parseOrThrow(articleIndexPageSchema, {
  page: 2,
  pageCount: 3,
  pageSize: 20,
  total: 43,
  articles: [summary('dated-article', true), summary('undated-article', false)],
})

const emptyList = parseOrThrow(articleIndexPageSchema, {
  page: 1,
  pageCount: 1,
  pageSize: 20,
  total: 0,
  articles: [],
})

/**
 * The pages whose markup, together, has every element and class the first paint of a page of `kind` can show. Kept
 * in step with the content schema by a test: every block and inline type must appear.
 */
export function specimensOf(kind: PageKind): Specimen[] {
  switch (kind) {
    case 'article':
      return [
        { url: paths.article.href(fullArticle.slug), article: fullArticle },
        { url: paths.article.href(bareArticle.slug), article: bareArticle },
      ]
    case 'home':
      return [
        { url: listHref(middleListPage.page, 'dated-article'), indexPage: middleListPage },
        { url: listHref(emptyList.page, null), indexPage: emptyList },
      ]
    case 'not-found':
      return [{ url: '/404', nothing: true }]
  }
}
