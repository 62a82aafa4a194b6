import * as v from 'valibot'

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
// Bidi embeddings, overrides and isolates reorder the text after them, in a comment's line and in the moderation
// tool's terminal alike. The marks right-to-left text does need (U+200E, U+200F, U+061C) stay.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g
// At either end, space and the zero-width characters nobody can see: what `trim()` alone would leave.
const edgeSpace = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g
// Something a reader can see: not only space, format characters (zero-width, joiners, marks) and the blank fillers
// that pass for letters (Hangul fillers, the blank Braille pattern).
const visibleCharacter = /[^\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/u

/**
 * What we store is what we answer: line endings unified, control characters and bidi controls dropped, lone surrogates
 * (which SQLite's UTF-8 would silently mangle) replaced, NFC so the same text always has the same bytes, then trimmed
 * of space and zero-width characters at both ends.
 */
export const normaliseCommentText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(controlCharacters, '')
    .replace(bidiControls, '')
    .replace(loneSurrogate, '\uFFFD')
    .normalize('NFC')
    .replace(edgeSpace, '')

/** A name is one line: a pasted newline becomes a space rather than an error. */
const normaliseName = (text: string) => normaliseCommentText(text.replace(/\r\n?|\n/g, ' '))

/**
 * Everything that can be wrong with a field, in the API's own (English) words. The form shows readers their own language
 * instead (comment-field-messages.ts), recognising these by their text, so a message here is part of the contract.
 */
export const FIELD_PROBLEM_MESSAGES = {
  'name-missing': 'Please enter your name.',
  'name-too-long': `Your name is longer than ${NAME_MAX} characters.`,
  'body-missing': 'Please write a comment.',
  'body-too-long': `Your comment is longer than ${BODY_MAX.toLocaleString('en')} characters.`,
} as const
export type FieldProblem = keyof typeof FIELD_PROBLEM_MESSAGES

const NAME_MISSING = FIELD_PROBLEM_MESSAGES['name-missing']
const BODY_MISSING = FIELD_PROBLEM_MESSAGES['body-missing']

// Not a string at all reads the same as empty: either way the reader has a field to fill in.
const nameSchema = v.pipe(
  v.string(NAME_MISSING),
  v.transform(normaliseName),
  v.regex(visibleCharacter, NAME_MISSING),
  v.check((name) => codePointLength(name) <= NAME_MAX, FIELD_PROBLEM_MESSAGES['name-too-long']),
)

const bodySchema = v.pipe(
  v.string(BODY_MISSING),
  v.transform(normaliseCommentText),
  v.regex(visibleCharacter, BODY_MISSING),
  v.check((body) => codePointLength(body) <= BODY_MAX, FIELD_PROBLEM_MESSAGES['body-too-long']),
)

const commentFieldsSchema = v.object(
  { name: nameSchema, body: bodySchema, website: v.optional(v.string(), '') },
  // valibot reports an absent key as the object's issue, never running the field's schema; naming the field's own
  // message here keeps a missing name reading the same as an empty one.
  (issue) => {
    const key = issue.path?.[0]?.key
    return key === 'name' ? NAME_MISSING : key === 'body' ? BODY_MISSING : issue.message
  },
)

/**
 * The POST body. `website` is a honeypot: the form hides it, so only a bot fills it in. valibot's `object` takes an
 * array as an object lacking every key, which would answer `[1, 2]` with "Please enter your name."; it is refused
 * first instead, with one issue that names no field.
 */
export const commentInputSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'Expected a JSON object with a name and a body.',
  ),
  commentFieldsSchema,
)
/** What the form sends; the schema itself takes any object and reports what is missing. */
export type CommentInput = v.InferInput<typeof commentFieldsSchema>
export type ValidCommentInput = v.InferOutput<typeof commentInputSchema>

export const commentSchema = v.object({
  id: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  name: v.string(),
  body: v.string(),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
})
export type Comment = v.InferOutput<typeof commentSchema>

/** Oldest first; pass `nextAfter` back as `after` for the next page, `null` when there is none. */
export const commentListSchema = v.object({
  comments: v.array(commentSchema),
  total: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  nextAfter: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
})
export type CommentList = v.InferOutput<typeof commentListSchema>

export const commentFieldSchema = v.picklist(['name', 'body'])
export type CommentField = v.InferOutput<typeof commentFieldSchema>

export const apiErrorSchema = v.object({
  error: v.string(),
  fields: v.optional(v.object({ name: v.optional(v.string()), body: v.optional(v.string()) })),
})
export type ApiError = v.InferOutput<typeof apiErrorSchema>
