import { describe, expect, it } from 'vitest'
import { BODY_MAX, codePointLength, commentInputSchema, NAME_MAX } from '../src/comments/comment-schema.ts'

// The shared POST schema, tested here because the server is what must enforce it.
const parse = (input: unknown) => commentInputSchema.safeParse(input)

describe('commentInputSchema', () => {
  it('normalises what it keeps: CRLF to LF, control characters dropped, NFC, trimmed', () => {
    const result = parse({ name: ' Sari\tDewi\r\n', body: '\u0000 Cafe\u0301\r\nbaris\u0085 dua\u001b[31m \n' })
    expect(result.data).toEqual({ name: 'SariDewi', body: 'Café\nbaris dua[31m', website: '' })
  })

  it('turns a newline in a name into a space, and a lone surrogate into U+FFFD', () => {
    expect(parse({ name: 'Sari\nDewi', body: 'a\uD800b' }).data).toMatchObject({ name: 'Sari Dewi', body: 'a\uFFFDb' })
  })

  it('keeps bidi and joiner characters, which RTL text and emoji need', () => {
    const body = 'שלום \u200Fעולם 👨\u200D👩\u200D👧'
    expect(parse({ name: 'Dina', body }).data?.body).toBe(body)
  })

  it('measures the limits in code points, after normalisation', () => {
    expect(codePointLength('😀é')).toBe(2)
    expect(parse({ name: '😀'.repeat(NAME_MAX), body: `  ${'b'.repeat(BODY_MAX)}\r\n` }).success).toBe(true)
    expect(parse({ name: 'x'.repeat(NAME_MAX + 1), body: 'b' }).error?.issues[0]?.path).toEqual(['name'])
    expect(parse({ name: 'x', body: 'b'.repeat(BODY_MAX + 1) }).error?.issues[0]?.message).toBe(
      'Your comment is longer than 5,000 characters.',
    )
  })

  it('rejects non-strings with the same message as a missing field', () => {
    const issues = parse({ name: 42, body: null }).error?.issues.map((issue) => [issue.path[0], issue.message])
    expect(issues).toEqual([
      ['name', 'Please enter your name.'],
      ['body', 'Please write a comment.'],
    ])
  })
})
