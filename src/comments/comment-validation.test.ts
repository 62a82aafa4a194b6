import { describe, expect, it } from 'vitest'
import { BODY_MAX, NAME_MAX } from './comment-schema.ts'
import { firstInvalidField, validateComment } from './comment-validation.ts'

describe('validateComment', () => {
  it('accepts a comment and returns it normalised as the server will store it', () => {
    expect(validateComment({ name: '  Sari\nDewi ', body: ' Halo\r\nsemua ', website: '' })).toEqual({
      success: true,
      data: { name: 'Sari Dewi', body: 'Halo\nsemua', website: '' },
    })
  })

  it('names each empty field with the API message', () => {
    expect(validateComment({ name: '   ', body: '\n\n', website: '' })).toEqual({
      success: false,
      fields: { name: 'Please enter your name.', body: 'Please write a comment.' },
    })
  })

  it('counts characters as a reader does, so emoji at the limit pass', () => {
    expect(validateComment({ name: '😀'.repeat(NAME_MAX), body: '😀'.repeat(BODY_MAX) }).success).toBe(true)
    const tooLong = validateComment({ name: 'a'.repeat(NAME_MAX + 1), body: 'b'.repeat(BODY_MAX + 1) })
    expect(tooLong).toEqual({
      success: false,
      fields: {
        name: `Your name is longer than ${NAME_MAX} characters.`,
        body: 'Your comment is longer than 5,000 characters.',
      },
    })
  })
})

describe('firstInvalidField', () => {
  it('follows the form order', () => {
    expect(firstInvalidField({ body: 'x', name: 'y' })).toBe('name')
    expect(firstInvalidField({ body: 'x' })).toBe('body')
    expect(firstInvalidField({})).toBeNull()
  })
})
