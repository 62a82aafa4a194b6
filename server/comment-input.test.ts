import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { BODY_MAX, codePointLength, commentInputSchema, NAME_MAX } from '../src/comments/comment-schema.ts'
import { parseOrThrow } from '../src/validation.ts'

// The shared POST schema, tested here because the server is what must enforce it.
const parse = (input: unknown) => v.safeParse(commentInputSchema, input)
/** What the schema keeps of a valid `input`. */
const kept = (input: unknown) => parseOrThrow(commentInputSchema, input)
/** `[field, message]` for each issue the schema finds in `input`. */
const issuesOf = (input: unknown) => parse(input).issues?.map((issue) => [v.getDotPath(issue), issue.message])

describe('commentInputSchema', () => {
  it('normalises what it keeps: CRLF to LF, control characters dropped, NFC, trimmed', () => {
    const result = kept({ name: ' Sari\tDewi\r\n', body: '\u0000 Cafe\u0301\r\nbaris\u0085 dua\u001b[31m \n' })
    expect(result).toEqual({ name: 'SariDewi', body: 'Café\nbaris dua[31m', website: '' })
  })

  it('turns a newline in a name into a space, and a lone surrogate into U+FFFD', () => {
    expect(kept({ name: 'Sari\nDewi', body: 'a\uD800b' })).toMatchObject({ name: 'Sari Dewi', body: 'a\uFFFDb' })
  })

  it('keeps bidi and joiner characters, which RTL text and emoji need', () => {
    const body = 'שלום \u200Fעולם 👨\u200D👩\u200D👧'
    expect(kept({ name: 'Dina', body }).body).toBe(body)
  })

  it('takes a field of only invisible characters for an empty one', () => {
    const missing = [
      ['name', 'Please enter your name.'],
      ['body', 'Please write a comment.'],
    ]
    expect(issuesOf({ name: '\u200B', body: '\u200B\u200C\u2060' })).toEqual(missing)
    expect(issuesOf({ name: '\u3164\uFEFF', body: ' \u200F\u00AD\n\u2800' })).toEqual(missing)
  })

  it('drops bidi overrides and isolates, and zero-width characters at either end', () => {
    expect(kept({ name: '\u200BDewi\u202E', body: 'abc\u202Edef\u2066ghi\u2069\u200B' })).toMatchObject({
      name: 'Dewi',
      body: 'abcdefghi',
    })
  })

  it('measures the limits in code points, after normalisation', () => {
    expect(codePointLength('😀é')).toBe(2)
    expect(parse({ name: '😀'.repeat(NAME_MAX), body: `  ${'b'.repeat(BODY_MAX)}\r\n` }).success).toBe(true)
    expect(issuesOf({ name: 'x'.repeat(NAME_MAX + 1), body: 'b' })?.[0]?.[0]).toBe('name')
    expect(issuesOf({ name: 'x', body: 'b'.repeat(BODY_MAX + 1) })?.[0]?.[1]).toBe(
      'Your comment is longer than 5,000 characters.',
    )
  })

  it('rejects non-strings with the same message as a missing field', () => {
    const missing = [
      ['name', 'Please enter your name.'],
      ['body', 'Please write a comment.'],
    ]
    expect(issuesOf({ name: 42, body: null })).toEqual(missing)
    expect(issuesOf({})).toEqual(missing)
  })
})
