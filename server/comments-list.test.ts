import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commentSchema, commentsPath } from '../src/comments/comment-schema.ts'
import { parseOrThrow } from '../src/validation.ts'
import { type CommentStore, createCommentStore } from './comment-store.ts'
import { type CommentsDatabase, openDatabase } from './database.ts'
import { runModeration } from './moderation.ts'
import {
  commentsApi,
  createFixture,
  type Fixture,
  moderateCli,
  type RunningServer,
  startServer,
} from './test-server.ts'

// GET /api/articles/:slug/comments against the real server, and what moderation changes in it.
let fixture: Fixture
let server: RunningServer
let api: ReturnType<typeof commentsApi>
let db: CommentsDatabase
let store: CommentStore

beforeAll(async () => {
  fixture = await createFixture()
  server = await startServer(fixture, { COMMENTS_RATE_LIMIT: '1000' })
  api = commentsApi(server, fixture)
  // A second connection to the server's database, as the moderation CLI has; in-process, to save a spawn per command.
  db = openDatabase(fixture.dbFile)
  store = createCommentStore(db)
})
afterAll(async () => {
  db?.close()
  await server?.stop()
  await fixture?.remove()
})

const moderate = (...args: string[]) => {
  let stdout = ''
  let stderr = ''
  const code = runModeration(store, args, {
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
  })
  return { code, stdout, stderr }
}

describe.concurrent('what the list serves', () => {
  it('stores a filled honeypot as spam: a normal-looking 201, never served', async () => {
    const slug = await api.newArticle()
    const response = await api.post(slug, { name: 'Bot', body: 'Buy now', website: 'https://spam.example' })
    expect(response.status).toBe(201)
    expect(parseOrThrow(commentSchema, await response.json())).toMatchObject({ name: 'Bot', body: 'Buy now' })
    expect(await api.list(slug)).toEqual({ comments: [], total: 0, nextAfter: null })
    expect(moderate('list', slug).stdout).toMatch(/spam/)
  })

  it('stops serving a comment a moderator hides, and serves it again when unhidden', async () => {
    const slug = await api.newArticle()
    const { id } = parseOrThrow(commentSchema, await (await api.post(slug, { name: 'Sari', body: 'Rude' })).json())
    await api.post(slug, { name: 'Budi', body: 'Kind' })

    const hidden = moderate('hide', String(id))
    expect(hidden).toMatchObject({ code: 0, stdout: `Comment ${id} is now hidden.\n` })
    const afterHide = await api.list(slug)
    expect(afterHide.total).toBe(1)
    expect(afterHide.comments.map((comment) => comment.body)).toEqual(['Kind'])
    expect(moderate('list', slug).stdout).toMatch(new RegExp(`${id}\\s+hidden`))

    expect(moderate('unhide', String(id)).code).toBe(0)
    expect((await api.list(slug)).total).toBe(2)
    expect(moderate('delete', String(id)).code).toBe(0)
    expect((await api.list(slug)).total).toBe(1)
  })

  it('reports unknown ids and bad usage from the moderation CLI', async () => {
    const unknown = moderate('hide', '999999')
    const notAnId = moderate('delete', 'abc')
    const badCommand = moderate('frobnicate', '1')
    expect(unknown).toMatchObject({ code: 1, stderr: 'No comment has id 999999.\n' })
    expect(notAnId).toMatchObject({ code: 2, stderr: '"abc" is not a comment id.\n' })
    expect(badCommand.code).toBe(2)
    expect(badCommand.stderr).toMatch(/^Usage:/)
  })

  it('runs as a CLI with those messages and exit codes', async () => {
    const [listed, unknown] = await Promise.all([
      moderateCli(fixture, 'list', 'some-slug'),
      moderateCli(fixture, 'hide', '999999'),
    ])
    expect(listed).toMatchObject({ code: 0, stdout: 'No comments on "some-slug".\n' })
    expect(unknown).toMatchObject({ code: 1, stderr: 'No comment has id 999999.\n' })
  })

  it('pages oldest first with after, limit, nextAfter and total', async () => {
    const slug = await api.newArticle()
    for (let n = 1; n <= 5; n++) expect((await api.post(slug, { name: 'Sari', body: `Comment ${n}` })).status).toBe(201)

    const first = await api.list(slug, '?limit=2')
    expect(first.comments.map((comment) => comment.body)).toEqual(['Comment 1', 'Comment 2'])
    expect(first).toMatchObject({ total: 5, nextAfter: first.comments[1]?.id })
    const second = await api.list(slug, `?after=${first.nextAfter}&limit=2`)
    expect(second.comments.map((comment) => comment.body)).toEqual(['Comment 3', 'Comment 4'])
    const last = await api.list(slug, `?after=${second.nextAfter}&limit=2`)
    expect(last.comments.map((comment) => comment.body)).toEqual(['Comment 5'])
    expect(last.nextAfter).toBeNull()
    expect((await api.list(slug)).comments).toHaveLength(5)
  })

  it.each(['?limit=0', '?limit=101', '?limit=ten', '?after=-1', '?after=1.5', '?after='])(
    'answers 400 to %s',
    async (query) => {
      const response = await fetch(`${server.origin}${commentsPath('some-slug')}${query}`)
      expect(response.status).toBe(400)
      expect((await api.errorOf(response)).error).toMatch(/limit/)
    },
  )

  it('answers unknown API paths with a JSON 404', async () => {
    for (const path of ['/api/nope', '/api/articles/some-slug/likes']) {
      const response = await fetch(`${server.origin}${path}`)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    }
  })
})
