import { request } from 'node:http'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { commentListSchema, commentSchema, commentsPath } from '../src/comments/comment-schema.ts'
import { parseOrThrow } from '../src/validation.ts'
import { SCHEMA_VERSION } from './database.ts'
import { createFixture, type Fixture, type RunningServer, startServer } from './test-server.ts'

let fixture: Fixture
const servers: RunningServer[] = []
const start = async () => {
  const server = await startServer(fixture, { COMMENTS_RATE_LIMIT: '1000' })
  servers.push(server)
  return server
}

beforeEach(async () => {
  fixture = await createFixture()
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop('SIGKILL')))
  await fixture.remove()
})

describe('durability', () => {
  it('keeps every acknowledged comment when the process is killed right after answering', async () => {
    const first = await start()
    const acknowledged = await Promise.all(
      Array.from({ length: 25 }, async (_, n) => {
        const response = await fetch(`${first.origin}${commentsPath('some-slug')}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'Sari', body: `Durable ${n}` }),
        })
        expect(response.status).toBe(201)
        return parseOrThrow(commentSchema, await response.json())
      }),
    )
    await first.stop('SIGKILL')

    const second = await start()
    const page = parseOrThrow(
      commentListSchema,
      await (await fetch(`${second.origin}${commentsPath('some-slug')}?limit=100`)).json(),
    )
    expect(page.total).toBe(25)
    expect(page.comments).toEqual(acknowledged.sort((a, b) => a.id - b.id))

    // The restart found the schema current: it neither failed nor migrated again.
    const db = new Database(fixture.dbFile, { readonly: true })
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    } finally {
      db.close()
    }
  })
})

describe('graceful shutdown', () => {
  it('answers a request in flight at SIGTERM, refuses new connections, then exits 0', async () => {
    const server = await start()
    const body = JSON.stringify({ name: 'Sari', body: 'Sent while the server stops' })
    // Expect: 100-continue lets the test know the server has taken the request before the body is sent.
    const req = request({
      host: '127.0.0.1',
      port: server.port,
      path: commentsPath('some-slug'),
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        Expect: '100-continue',
      },
    })
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      req.on('error', reject)
    })
    await new Promise((resolve) => req.once('continue', resolve))

    server.child.kill('SIGTERM')
    await server.waitForOutput(/SIGTERM: finishing in-flight requests/)
    await expect(fetch(`${server.origin}/`)).rejects.toThrow()

    req.end(body)
    const { status, text } = await answered
    expect(status).toBe(201)
    expect(parseOrThrow(commentSchema, JSON.parse(text)).body).toBe('Sent while the server stops')
    expect(await server.exited).toBe(0)
  })
})
