import * as v from 'valibot'

/**
 * The shape of the bundled article data: what the content build writes under `/data/` and what the reader fetches.
 * The same schemas validate both sides of that boundary, so a stale or foreign file is a clear error, not a crash.
 * Written with valibot because they ship in the reader's first-view bundle, which then carries only the handful of
 * valibot functions the app's schemas use: ~2.5 kB gzip, where zod/mini cost ~9.4 kB.
 */

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugSchema = v.pipe(
  v.string(),
  v.regex(slugPattern, 'a slug is lowercase letters, digits and single hyphens'),
)

/** A calendar date (`2025-07-13`) or a full ISO timestamp; kept as written so no time zone shifts the day. */
export const isoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/, 'a date is YYYY-MM-DD'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'not a real date'),
)

/** BCP 47 language tag, loosely: `id`, `en`, `en-GB`. */
export const langSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "id" or "en"'),
)

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }

export const inlineSchema: v.GenericSchema<Inline> = v.lazy(() =>
  v.variant('type', [
    v.object({ type: v.literal('text'), text: v.string() }),
    v.object({ type: v.literal('emphasis'), children: v.array(inlineSchema) }),
    v.object({ type: v.literal('strong'), children: v.array(inlineSchema) }),
    v.object({ type: v.literal('code'), text: v.string() }),
    v.object({ type: v.literal('link'), href: v.string(), children: v.array(inlineSchema) }),
    v.object({ type: v.literal('break') }),
  ]),
)

const inlinesSchema = v.array(inlineSchema)
const nonEmpty = v.pipe(v.string(), v.minLength(1))
// safeInteger, as zod's int() was: a count beyond 2^53 is damage, not data.
const positiveInt = v.pipe(v.number(), v.safeInteger(), v.minValue(1))

export const blockSchema = v.variant('type', [
  v.object({ type: v.literal('paragraph'), content: inlinesSchema }),
  v.object({ type: v.literal('heading'), level: v.picklist([2, 3]), text: nonEmpty }),
  v.object({ type: v.literal('quote'), paragraphs: v.pipe(v.array(inlinesSchema), v.minLength(1)) }),
  v.object({
    type: v.literal('list'),
    ordered: v.boolean(),
    // The number an ordered list counts from when it is not 1, as the author wrote it (`3.` … continues a list).
    start: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
    items: v.pipe(v.array(inlinesSchema), v.minLength(1)),
  }),
  v.object({ type: v.literal('image'), src: nonEmpty, alt: v.string(), title: v.optional(v.string()) }),
])
export type Block = v.InferOutput<typeof blockSchema>

/**
 * `date` as the article's language writes it (`13 Juli 2025`), made by the content build. In the browser it would take
 * an Intl.DateTimeFormat, whose first use on a page is ICU starting up: ~20 ms of main thread in the middle of
 * hydration, four times that on a phone (bench/README.md, fourteenth session). Present exactly when `date` is (checked below).
 */
const dateLabelSchema = v.optional(v.pipe(v.string(), v.minLength(1)))
const dateHasLabel = <TValue extends { date?: string | undefined; dateLabel?: string | undefined }>(value: TValue) =>
  (value.date === undefined) === (value.dateLabel === undefined)

/** Previous or Next Post: enough to link to it, with its title marked in its own language. */
export const neighbourSchema = v.object({ slug: slugSchema, title: nonEmpty, lang: langSchema })
export type Neighbour = v.InferOutput<typeof neighbourSchema>

export const articleSummarySchema = v.pipe(
  v.object({
    slug: slugSchema,
    title: nonEmpty,
    excerpt: v.string(),
    date: v.optional(isoDateSchema),
    dateLabel: dateLabelSchema,
    readingMinutes: positiveInt,
    tags: v.array(v.string()),
    lang: langSchema,
  }),
  v.check(dateHasLabel, 'a dated article needs its date label'),
)
export type ArticleSummary = v.InferOutput<typeof articleSummarySchema>

export const articleSchema = v.pipe(
  v.object({
    slug: slugSchema,
    title: nonEmpty,
    date: v.optional(isoDateSchema),
    dateLabel: dateLabelSchema,
    author: v.optional(v.string()),
    summary: v.optional(v.string()),
    excerpt: v.string(),
    tags: v.array(v.string()),
    lang: langSchema,
    // `lang` as Open Graph writes it (`id_ID`), from the content build (scripts/content/open-graph-locale.ts).
    openGraphLocale: nonEmpty,
    readingMinutes: positiveInt,
    image: v.optional(v.string()),
    blocks: v.array(blockSchema),
    previous: v.nullable(neighbourSchema),
    next: v.nullable(neighbourSchema),
  }),
  v.check(dateHasLabel, 'a dated article needs its date label'),
)
export type Article = v.InferOutput<typeof articleSchema>

export const articleIndexPageSchema = v.object({
  page: positiveInt,
  pageCount: positiveInt,
  pageSize: positiveInt,
  total: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  articles: v.array(articleSummarySchema),
})
export type ArticleIndexPage = v.InferOutput<typeof articleIndexPageSchema>

/** Where the content build puts each file, relative to the site root. One definition for writer and reader. */
export const dataPaths = {
  indexPage: (page: number) => `/data/index/${page}.json`,
  article: (slug: string) => `/data/articles/${slug}.json`,
} as const

export const INDEX_PAGE_SIZE = 20
