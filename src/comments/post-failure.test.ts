import { describe, expect, it } from 'vitest'
import { HttpError } from '../http.ts'
import { commentMessages } from './comment-messages.ts'
import { postFailureMessage, postFailureOf, retryAfterSeconds } from './post-failure.ts'

const { en, id } = commentMessages

const now = Date.parse('2026-01-01T12:00:00Z')
const httpError = (status: number, body?: unknown, headers?: Record<string, string>) =>
  new HttpError(status, `status ${status}`, { body, headers: new Headers(headers) })

describe('postFailureOf', () => {
  it('tells a network failure from an answer', () => {
    expect(postFailureOf(new HttpError(0, 'unreachable'), now, false)).toEqual({ kind: 'offline' })
    expect(postFailureOf(new HttpError(0, 'unreachable'), now, true)).toEqual({ kind: 'unreachable' })
    expect(postFailureOf(new TypeError('boom'))).toEqual({ kind: 'server' })
  })

  it('reads the wait from Retry-After', () => {
    expect(postFailureOf(httpError(429, { error: 'slow down' }, { 'Retry-After': '42' }), now)).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 42,
    })
    expect(postFailureOf(httpError(429), now)).toEqual({ kind: 'rate-limited', retryAfterSeconds: null })
  })

  it('passes on the API field messages', () => {
    const body = { error: 'Please check', fields: { name: 'Please enter your name.' } }
    expect(postFailureOf(httpError(400, body))).toEqual({
      kind: 'invalid',
      fields: { name: 'Please enter your name.' },
    })
    expect(postFailureOf(httpError(400, { error: 'Send JSON' }))).toEqual({ kind: 'refused' })
    expect(postFailureOf(httpError(400, '<html>'))).toEqual({ kind: 'refused' })
  })

  it('maps the other statuses', () => {
    expect(postFailureOf(httpError(409)).kind).toBe('duplicate')
    expect(postFailureOf(httpError(413)).kind).toBe('too-large')
    for (const status of [403, 404, 405, 415]) expect(postFailureOf(httpError(status)).kind).toBe('refused')
    for (const status of [500, 502, 503]) expect(postFailureOf(httpError(status)).kind).toBe('server')
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterSeconds('42', now)).toBe(42)
    expect(retryAfterSeconds(' 0 ', now)).toBe(0)
    expect(retryAfterSeconds('Thu, 01 Jan 2026 12:01:30 GMT', now)).toBe(90)
    expect(retryAfterSeconds('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0)
    for (const header of [null, undefined, '', '-5', '1.5', 'soon']) expect(retryAfterSeconds(header, now)).toBeNull()
  })
})

describe('postFailureMessage', () => {
  it('says how long to wait and that the comment is kept', () => {
    const message = postFailureMessage({ kind: 'rate-limited', retryAfterSeconds: 42 }, en)
    expect(message).toContain('wait 42 seconds')
    expect(message).toContain('kept')
    expect(postFailureMessage({ kind: 'rate-limited', retryAfterSeconds: 1 }, en)).toContain('wait 1 second,')
    expect(postFailureMessage({ kind: 'offline' }, en)).toMatch(/offline.*kept/)
    expect(postFailureMessage({ kind: 'unreachable' }, en)).toMatch(/comments service cannot be reached.*kept/)
    expect(postFailureMessage({ kind: 'unreachable' }, id)).toMatch(/Layanan komentar tidak dapat dihubungi.*tersimpan/)
  })
})
