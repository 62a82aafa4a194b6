import { afterEach, describe, expect, it, vi } from 'vitest'
import { HttpError } from '../http.ts'
import { postFailureOf } from './post-failure.ts'
import { postComment } from './use-post-comment.ts'

const input = { name: 'Sari', body: 'Halo', website: '' }
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('postComment', () => {
  it('posts JSON to the article’s endpoint and parses the created comment', async () => {
    const created = { id: 7, name: 'Sari', body: 'Halo', createdAt: '2026-01-01T00:00:00.000Z' }
    const fetch = vi.fn(async () => json(201, created))
    vi.stubGlobal('fetch', fetch)
    await expect(postComment('tentang-warta', input)).resolves.toEqual(created)
    expect(fetch).toHaveBeenCalledWith(
      '/api/articles/tentang-warta/comments',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify(input),
        headers: expect.objectContaining({ 'Content-Type': 'application/json', Accept: 'application/json' }),
      }),
    )
  })

  it('keeps the error body and Retry-After, so the form can say why', async () => {
    vi.stubGlobal('fetch', async () => json(429, { error: 'Too fast' }, { 'Retry-After': '42' }))
    const error = await postComment('tentang-warta', input).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect(postFailureOf(error)).toEqual({ kind: 'rate-limited', retryAfterSeconds: 42 })

    const fields = { name: 'Please enter your name.' }
    vi.stubGlobal('fetch', async () => json(400, { error: 'Check', fields }))
    expect(postFailureOf(await postComment('x', input).catch((caught: unknown) => caught))).toEqual({
      kind: 'invalid',
      fields,
    })
  })

  it('reports a request that got no answer as offline only when the browser says it is', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await postComment('x', input).catch((caught: unknown) => caught)
    expect(postFailureOf(error, Date.now(), false)).toEqual({ kind: 'offline' })
    expect(postFailureOf(error, Date.now(), true)).toEqual({ kind: 'unreachable' })
  })
})
