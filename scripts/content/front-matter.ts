import * as v from 'valibot'
import { isMap, isNode, LineCounter, parseDocument } from 'yaml'
import { isoDateSchema, langSchema } from '../../src/articles/article-schema.ts'
import { parseOrThrow } from '../../src/validation.ts'
import type { ContentIssue } from './content-error.ts'
import { ContentError } from './content-error.ts'
import { isSafeImageSrc, safeImageRule } from './safe-href.ts'

/**
 * `Date.parse` happily rolls 2025-02-30 over to March; a typo like that should fail, not move the article. Values
 * `Date.parse` rejects already carry the shared schema's message, so they pass here to avoid saying it twice.
 */
function isCalendarDay(value: string): boolean {
  if (Number.isNaN(Date.parse(value))) return true
  const [year, month, day] = value.slice(0, 10).split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const notBlank = v.pipe(v.string(), v.regex(/\S/, 'must not be blank'))

/**
 * One schema for the front matter of both formats. Strict, so a typo such as `dat:` fails loudly instead of silently
 * leaving the article undated. Format rules (`title` required in .md, refused in .txt) live in each parser.
 */
export const frontMatterSchema = v.strictObject({
  title: v.optional(notBlank),
  date: v.optional(v.pipe(isoDateSchema, v.check(isCalendarDay, 'not a real calendar date'))),
  author: v.optional(notBlank),
  summary: v.optional(notBlank),
  // A function, so every article gets its own array rather than one shared default.
  tags: v.optional(v.array(notBlank), () => []),
  lang: v.optional(langSchema, 'id'),
  image: v.optional(v.pipe(v.string(), v.check(isSafeImageSrc, safeImageRule))),
})
export type FrontMatter = v.InferOutput<typeof frontMatterSchema>

const isAllowedKey = (key: string) => Object.hasOwn(frontMatterSchema.entries, key)
const allowedKeys = Object.keys(frontMatterSchema.entries).join(', ')

export interface SplitArticle {
  frontMatter: FrontMatter
  /** 1-based line of each front-matter key, for format rules that need to point at one. */
  keyLines: ReadonlyMap<string, number>
  /** The body, one entry per line, line endings removed. */
  bodyLines: string[]
  /** The 1-based file line of `bodyLines[0]`. */
  bodyStartLine: number
}

/** Drops a UTF-8 byte-order mark and splits on any line ending (CRLF, LF or a lone CR). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
}

const fence = /^---[ \t]*$/

/**
 * Separates an optional `---` YAML block at the very top of a file from the body and validates it. Errors carry
 * the file line of the offending key, so `dat: 2025-01-01` points at that line, not at "somewhere in the header".
 */
export function splitFrontMatter(text: string, file: string): SplitArticle {
  const lines = splitLines(text)
  if (!fence.test(lines[0] ?? '')) {
    return { frontMatter: parseOrThrow(frontMatterSchema, {}), keyLines: new Map(), bodyLines: lines, bodyStartLine: 1 }
  }
  const close = lines.findIndex((line, index) => index > 0 && fence.test(line))
  if (close === -1)
    throw new ContentError([{ file, line: 1, reason: 'front matter opened with "---" is never closed' }])

  // The YAML starts on file line 2, so a YAML line n is file line n + 1.
  const lineCounter = new LineCounter()
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter, prettyErrors: false })
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({ file, line: fileLine(error.pos[0]), reason: `front matter: ${error.message}` })),
    )
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ContentError([{ file, line: 2, reason: 'front matter must be "key: value" lines' }])
  }

  const keyLines = new Map<string, number>()
  for (const pair of doc.contents?.items ?? []) {
    if (isNode(pair.key) && pair.key.range) keyLines.set(String(pair.key.toJSON()), fileLine(pair.key.range[0]))
  }
  const lineOf = (path: readonly unknown[]): number => {
    const node = doc.getIn(path, true)
    if (isNode(node) && node.range) return fileLine(node.range[0])
    return keyLines.get(String(path[0])) ?? 1
  }

  // A mapping or nothing, checked above, so toJS() gives a plain object or null.
  const fields: Record<string, unknown> = doc.toJS() ?? {}
  const result = v.safeParse(frontMatterSchema, fields)
  if (!result.success) {
    const issues: ContentIssue[] = []
    // One message per field: a date like "yesterday" fails both the format and the real-date check.
    const seen = new Set<string>()
    for (const issue of result.issues) {
      if (issue.type === 'strict_object' && issue.expected === 'never') continue // unknown keys: listed below
      const keys = issue.path?.map((item) => item.key) ?? []
      const field = keys.join('.')
      if (seen.has(field)) continue
      seen.add(field)
      issues.push({ file, line: lineOf(keys), reason: `front matter "${field}": ${issue.message}` })
    }
    // valibot's strictObject stops at the first unknown key; a file with two typos should hear about both at once.
    for (const key of Object.keys(fields).filter((key) => !isAllowedKey(key))) {
      issues.push({
        file,
        line: keyLines.get(key) ?? 1,
        reason: `unknown front matter key "${key}" (allowed: ${allowedKeys})`,
      })
    }
    throw new ContentError(issues)
  }
  return { frontMatter: result.output, keyLines, bodyLines: lines.slice(close + 1), bodyStartLine: close + 2 }
}
