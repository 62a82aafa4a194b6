import { describe, expect, it } from 'vitest'
import { fieldMessageIn } from './comment-field-messages.ts'
import { commentMessages } from './comment-messages.ts'
import { validateComment } from './comment-validation.ts'

describe('fieldMessageIn', () => {
  it("puts every message the form's check gives into the reader's language", () => {
    const empty = validateComment({ name: '', body: '' })
    const tooLong = validateComment({ name: 'a'.repeat(81), body: 'b'.repeat(5001) })
    const messages = [empty, tooLong].flatMap((result) => (result.success ? [] : Object.values(result.fields)))
    expect(messages.map((message) => fieldMessageIn(commentMessages.id, message))).toEqual([
      'Silakan isi nama Anda.',
      'Silakan tulis komentar.',
      'Nama Anda lebih dari 80 karakter.',
      'Komentar Anda lebih dari 5.000 karakter.',
    ])
    expect(messages.map((message) => fieldMessageIn(commentMessages.en, message))).toEqual(messages)
  })

  it('shows a message it does not know as the server wrote it', () => {
    expect(fieldMessageIn(commentMessages.id, 'Names may not contain links.')).toBe('Names may not contain links.')
  })
})
