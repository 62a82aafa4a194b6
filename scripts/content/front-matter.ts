import { isMap, isNode, LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { isoDateSchema, langSchema } from '../../src/articles/article-schema.ts'
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

const notBlank = z.string().regex(/\S/, 'must not be blank')

/**
 * One schema for the front matter of both formats. Strict, so a typo such as `dat:` fails loudly instead of silently
 * leaving the article undated. Format rules (`title` required in .md, refused in .txt) live in each parser.
 */
export const frontMatterSchema = z.strictObject({
  title: notBlank.optional(),
  // The shared schemas are zod/mini (they ship to the browser); mini's functional forms wrap them here.
  date: z.optional(isoDateSchema.check(z.refine(isCalendarDay, 'not a real calendar date'))),
  author: notBlank.optional(),
  summary: notBlank.optional(),
  tags: z.array(notBlank).default([]),
  lang: z._default(langSchema, 'id'),
  image: z.string().refine(isSafeImageSrc, safeImageRule).optional(),
})
export type FrontMatter = z.infer<typeof frontMatterSchema>

const allowedKeys = Object.keys(frontMatterSchema.shape).join(', ')

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
    return { frontMatter: frontMatterSchema.parse({}), keyLines: new Map(), bodyLines: lines, bodyStartLine: 1 }
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
  const lineOf = (path: readonly PropertyKey[]): number => {
    const node = doc.getIn(path, true)
    if (isNode(node) && node.range) return fileLine(node.range[0])
    return keyLines.get(String(path[0])) ?? 1
  }

  const result = frontMatterSchema.safeParse(doc.toJS() ?? {})
  if (!result.success) {
    // One message per field: a date like "yesterday" fails both the format and the real-date check.
    const seen = new Set<string>()
    const firstPerField = result.error.issues.filter((issue) => {
      const key = issue.path.join('.')
      if (issue.code !== 'unrecognized_keys' && seen.has(key)) return false
      seen.add(key)
      return true
    })
    const issues: ContentIssue[] = firstPerField.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            file,
            line: keyLines.get(key) ?? 1,
            reason: `unknown front matter key "${key}" (allowed: ${allowedKeys})`,
          }))
        : [{ file, line: lineOf(issue.path), reason: `front matter "${issue.path.join('.')}": ${issue.message}` }],
    )
    throw new ContentError(issues)
  }
  return { frontMatter: result.data, keyLines, bodyLines: lines.slice(close + 1), bodyStartLine: close + 2 }
}
