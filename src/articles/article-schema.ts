import { z } from 'zod/mini'

/**
 * The shape of the bundled article data: what the content build writes under `/data/` and what the reader fetches.
 * The same schemas validate both sides of that boundary, so a stale or foreign file is a clear error, not a crash.
 * Written with zod/mini because they ship in the reader's first-view bundle: a fifth of the size of classic zod.
 */

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugSchema = z
  .string()
  .check(z.regex(slugPattern, 'a slug is lowercase letters, digits and single hyphens'))

/** A calendar date (`2025-07-13`) or a full ISO timestamp; kept as written so no time zone shifts the day. */
export const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/, 'a date is YYYY-MM-DD'),
  z.refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date'),
)

/** BCP 47 language tag, loosely: `id`, `en`, `en-GB`. */
export const langSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "id" or "en"'))

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }

export const inlineSchema: z.ZodMiniType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('emphasis'), children: z.array(inlineSchema) }),
    z.object({ type: z.literal('strong'), children: z.array(inlineSchema) }),
    z.object({ type: z.literal('code'), text: z.string() }),
    z.object({ type: z.literal('link'), href: z.string(), children: z.array(inlineSchema) }),
    z.object({ type: z.literal('break') }),
  ]),
)

const inlinesSchema = z.array(inlineSchema)
const nonEmpty = z.string().check(z.minLength(1))
const positiveInt = z.int().check(z.positive())

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: inlinesSchema }),
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: nonEmpty }),
  z.object({ type: z.literal('quote'), paragraphs: z.array(inlinesSchema).check(z.minLength(1)) }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(inlinesSchema).check(z.minLength(1)) }),
  z.object({ type: z.literal('image'), src: nonEmpty, alt: z.string(), title: z.optional(z.string()) }),
])
export type Block = z.infer<typeof blockSchema>

export const neighbourSchema = z.object({ slug: slugSchema, title: nonEmpty })
export type Neighbour = z.infer<typeof neighbourSchema>

export const articleSummarySchema = z.object({
  slug: slugSchema,
  title: nonEmpty,
  excerpt: z.string(),
  date: z.optional(isoDateSchema),
  readingMinutes: positiveInt,
  tags: z.array(z.string()),
  lang: langSchema,
})
export type ArticleSummary = z.infer<typeof articleSummarySchema>

export const articleSchema = z.object({
  slug: slugSchema,
  title: nonEmpty,
  date: z.optional(isoDateSchema),
  author: z.optional(z.string()),
  summary: z.optional(z.string()),
  excerpt: z.string(),
  tags: z.array(z.string()),
  lang: langSchema,
  readingMinutes: positiveInt,
  image: z.optional(z.string()),
  blocks: z.array(blockSchema),
  previous: z.nullable(neighbourSchema),
  next: z.nullable(neighbourSchema),
})
export type Article = z.infer<typeof articleSchema>

export const articleIndexPageSchema = z.object({
  page: positiveInt,
  pageCount: positiveInt,
  pageSize: positiveInt,
  total: z.int().check(z.nonnegative()),
  articles: z.array(articleSummarySchema),
})
export type ArticleIndexPage = z.infer<typeof articleIndexPageSchema>

/** Where the content build puts each file, relative to the site root. One definition for writer and reader. */
export const dataPaths = {
  indexPage: (page: number) => `/data/index/${page}.json`,
  article: (slug: string) => `/data/articles/${slug}.json`,
} as const

export const INDEX_PAGE_SIZE = 20
