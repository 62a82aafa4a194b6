import { z } from 'zod/mini'

/**
 * The comments API contract, shared by the server (which enforces it) and the client (which validates the form with the
 * same rules and parses answers). It ships to the browser, so nothing here may import Node modules.
 */

export const NAME_MAX = 80
export const BODY_MAX = 5000
export const COMMENTS_PAGE_DEFAULT = 50
export const COMMENTS_PAGE_MAX = 100

/** One definition of the endpoint for the fetcher and the server's tests. */
export const commentsPath = (slug: string) => `/api/articles/${encodeURIComponent(slug)}/comments`

/** Lengths are counted in code points, so an emoji or a letter outside the BMP counts as one character, as a reader sees it. */
export const codePointLength = (text: string) => {
  let count = 0
  for (const _ of text) count++
  return count
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// C0 controls except \n, DEL and C1 controls: invisible, and some of them reorder or hide text in terminals and logs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const controlCharacters = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g

/**
 * What we store is what we answer: line endings unified, control characters dropped, lone surrogates (which SQLite's
 * UTF-8 would silently mangle) replaced, NFC so the same text always has the same bytes, then trimmed.
 */
export const normaliseCommentText = (text: string) =>
  text.replace(/\r\n?/g, '\n').replace(controlCharacters, '').replace(loneSurrogate, '\uFFFD').normalize('NFC').trim()

/** A name is one line: a pasted newline becomes a space rather than an error. */
const normaliseName = (text: string) => normaliseCommentText(text.replace(/\r\n?|\n/g, ' '))

// zod/mini: this module ships to the browser with the comment form.
const nameSchema = z.pipe(
  z.string({ error: 'Please enter your name.' }),
  z.pipe(
    z.transform(normaliseName),
    z.string().check(
      z.minLength(1, 'Please enter your name.'),
      z.refine((name) => codePointLength(name) <= NAME_MAX, `Your name is longer than ${NAME_MAX} characters.`),
    ),
  ),
)

const bodySchema = z.pipe(
  z.string({ error: 'Please write a comment.' }),
  z.pipe(
    z.transform(normaliseCommentText),
    z.string().check(
      z.minLength(1, 'Please write a comment.'),
      z.refine(
        (body) => codePointLength(body) <= BODY_MAX,
        `Your comment is longer than ${BODY_MAX.toLocaleString('en')} characters.`,
      ),
    ),
  ),
)

/** The POST body. `website` is a honeypot: the form hides it, so only a bot fills it in. */
export const commentInputSchema = z.object({
  name: nameSchema,
  body: bodySchema,
  website: z._default(z.optional(z.string()), ''),
})
export type CommentInput = z.input<typeof commentInputSchema>
export type ValidCommentInput = z.output<typeof commentInputSchema>

export const commentSchema = z.object({
  id: z.int().check(z.positive()),
  name: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
})
export type Comment = z.infer<typeof commentSchema>

/** Oldest first; pass `nextAfter` back as `after` for the next page, `null` when there is none. */
export const commentListSchema = z.object({
  comments: z.array(commentSchema),
  total: z.int().check(z.nonnegative()),
  nextAfter: z.nullable(z.int().check(z.positive())),
})
export type CommentList = z.infer<typeof commentListSchema>

export const commentFieldSchema = z.enum(['name', 'body'])
export type CommentField = z.infer<typeof commentFieldSchema>

export const apiErrorSchema = z.object({
  error: z.string(),
  fields: z.optional(z.object({ name: z.optional(z.string()), body: z.optional(z.string()) })),
})
export type ApiError = z.infer<typeof apiErrorSchema>
