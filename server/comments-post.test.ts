import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commentSchema, commentsPath } from '../src/comments/comment-schema.ts'
import { parseOrThrow } from '../src/validation.ts'
import { commentsApi, createFixture, type Fixture, type RunningServer, startServer } from './test-server.ts'

// POST /api/articles/:slug/comments against the real server: every answer it can give.
let fixture: Fixture
let server: RunningServer
let api: ReturnType<typeof commentsApi>

beforeAll(async () => {
  fixture = await createFixture()
  server = await startServer(fixture, { COMMENTS_RATE_LIMIT: '1000' })
  api = commentsApi(server, fixture)
})
afterAll(async () => {
  await server?.stop()
  await fixture?.remove()
})

describe.concurrent('posting a comment', () => {
  it('answers 201 with the stored, normalised comment, which the list then serves', async () => {
    const slug = await api.newArticle()
    const response = await api.post(slug, { name: '  Sari \u0007', body: ' Line one\r\nline two\u0000 ', website: '' })
    expect(response.status).toBe(201)
    const comment = parseOrThrow(commentSchema, await response.json())
    expect(comment).toMatchObject({ name: 'Sari', body: 'Line one\nline two' })
    expect(await api.list(slug)).toEqual({ comments: [comment], total: 1, nextAfter: null })
  })

  it.each([
    [{ body: 'hi' }, 'name', 'Please enter your name.'],
    [{ name: ' \n ', body: 'hi' }, 'name', 'Please enter your name.'],
    [{ name: 'x'.repeat(81), body: 'hi' }, 'name', 'Your name is longer than 80 characters.'],
    [{ name: 'Sari' }, 'body', 'Please write a comment.'],
    [{ name: 'Sari', body: '\u0007  ' }, 'body', 'Please write a comment.'],
    [{ name: 'Sari', body: 'x'.repeat(5001) }, 'body', 'Your comment is longer than 5,000 characters.'],
  ])('answers 400 for %j with a message on the field', async (input, field, message) => {
    const response = await api.post(await api.newArticle(), input)
    expect(response.status).toBe(400)
    expect((await api.errorOf(response)).fields).toEqual({ [field]: message })
  })

  it('counts code points, not UTF-16 units or bytes: 80 emoji make a valid name, 5,000 a valid body', async () => {
    const response = await api.post(await api.newArticle(), { name: '😀'.repeat(80), body: '😀'.repeat(5000) })
    expect(response.status).toBe(201)
    const comment = parseOrThrow(commentSchema, await response.json())
    expect(comment.body).toBe('😀'.repeat(5000))
  })

  it.each(['{"name": "Sari", "body": ', '[1, 2]', 'null', '"text"'])('answers 400 for the body %s', async (body) => {
    const response = await api.post(await api.newArticle(), body)
    expect(response.status).toBe(400)
    expect((await api.errorOf(response)).error).toMatch(/JSON/)
  })

  it('answers 404 for an unknown or malformed slug', async () => {
    for (const slug of ['no-such-article', 'Bad_Slug', 'a--b']) {
      const response = await api.post(slug, { name: 'Sari', body: 'hi' })
      expect(response.status, slug).toBe(404)
      expect((await api.errorOf(response)).error).toBe('There is no such article.')
      expect((await fetch(`${server.origin}${commentsPath(slug)}`)).status).toBe(404)
    }
  })

  it('answers 413 for a request over 24 KB', async () => {
    const response = await api.post(await api.newArticle(), { name: 'Sari', body: 'x'.repeat(25 * 1024) })
    expect(response.status).toBe(413)
    expect((await api.errorOf(response)).error).toMatch(/24 KB/)
  })

  it('answers 415 unless the body is declared as JSON', async () => {
    const slug = await api.newArticle()
    const body = JSON.stringify({ name: 'Sari', body: 'hi' })
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${server.origin}${commentsPath(slug)}`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body,
      })
      expect(response.status, type).toBe(415)
    }
    expect((await api.post(slug, body, { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(201)
  })

  it('answers 403 to cross-site posts and accepts same-origin ones', async () => {
    const slug = await api.newArticle()
    const crossSite: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Origin: `http://127.0.0.1:${server.port + 1}` },
      { 'Sec-Fetch-Site': 'cross-site' },
    ]
    for (const headers of crossSite) {
      const response = await api.post(slug, { name: 'Sari', body: 'csrf' }, headers)
      expect(response.status, JSON.stringify(headers)).toBe(403)
    }
    expect((await api.list(slug)).total).toBe(0)
    const sameOrigin = { Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' }
    expect((await api.post(slug, { name: 'Sari', body: 'mine' }, sameOrigin)).status).toBe(201)
  })

  it('answers 409 to the same body posted twice to the same article', async () => {
    const slug = await api.newArticle()
    expect((await api.post(slug, { name: 'Sari', body: 'Twice' })).status).toBe(201)
    const again = await api.post(slug, { name: 'Sari', body: ' Twice ' })
    expect(again.status).toBe(409)
    expect((await api.post(await api.newArticle(), { name: 'Sari', body: 'Twice' })).status).toBe(201)
    expect((await api.list(slug)).total).toBe(1)
  })
})

describe.concurrent('hostile and international text', () => {
  const word = 'a'.repeat(4999)
  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>', '"><img src=x onerror=alert(1)>'],
    ['Nadia', word],
    ['محمد', 'مرحبا بالعالم، هذا تعليق.\nسطر ثانٍ'],
    ['דוד', 'שלום עולם — תגובה עם English בתוכה'],
    ['Ayu 👩🏽‍💻', 'Mantap 🇮🇩🔥 👨‍👩‍👧‍👦 e\u0301 (becomes é)'],
  ])('round-trips %s exactly, as JSON', async (name, body) => {
    const slug = await api.newArticle()
    const response = await api.post(slug, { name, body })
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const expected = body.normalize('NFC')
    expect(await response.json()).toMatchObject({ name, body: expected })
    const [served] = (await api.list(slug)).comments
    expect(Buffer.from(served?.body ?? '')).toEqual(Buffer.from(expected))
    expect(served?.name).toBe(name)
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After past COMMENTS_RATE_LIMIT, whatever X-Forwarded-For claims', async () => {
    const limited = await createFixture()
    const limitedServer = await startServer(limited, { COMMENTS_RATE_LIMIT: '2' })
    try {
      const limitedApi = commentsApi(limitedServer, limited)
      const send = (body: string, headers: Record<string, string> = {}) =>
        limitedApi.post('some-slug', { name: 'Sari', body }, headers)
      expect((await send('one')).status).toBe(201)
      expect((await send('two')).status).toBe(201)
      const refused = await send('three')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
      expect((await api.errorOf(refused)).error).toMatch(/too fast/)
      expect((await send('four', { 'X-Forwarded-For': '203.0.113.9' })).status).toBe(429)
    } finally {
      await limitedServer.stop()
      await limited.remove()
    }
  })
})
