import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { commentListSchema, commentsPath } from '../src/comments/comment-schema.ts'
import { parseOrThrow } from '../src/validation.ts'
import { createFixture, type Fixture } from './test-server.ts'
import { apiDevPlugin } from './vite-api-plugin.ts'

let fixture: Fixture
let vite: ViteDevServer
let origin: string

beforeAll(async () => {
  fixture = await createFixture()
  const contentDir = join(fixture.root, 'content')
  await mkdir(contentDir)
  await writeFile(join(contentDir, 'draft-article.md'), '---\ntitle: Draft\n---\nHello')
  vite = await createServer({
    configFile: false,
    root: fixture.distDir,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
    plugins: [apiDevPlugin({ database: fixture.dbFile, contentDir })],
  })
  await vite.listen()
  const url = vite.resolvedUrls?.local[0]
  if (!url) throw new Error('vite did not report its URL')
  origin = new URL(url).origin
})
afterAll(async () => {
  await vite?.close()
  await fixture?.remove()
})

it('serves the comments API inside vite dev, with articles decided by content files', async () => {
  const post = await fetch(`${origin}${commentsPath('draft-article')}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ name: 'Sari', body: 'From dev' }),
  })
  expect(post.status).toBe(201)
  const list = parseOrThrow(commentListSchema, await (await fetch(`${origin}${commentsPath('draft-article')}`)).json())
  expect(list.comments.map((comment) => comment.body)).toEqual(['From dev'])
  expect((await fetch(`${origin}${commentsPath('some-slug')}`)).status).toBe(404)
  expect((await fetch(`${origin}/api/nope`)).headers.get('content-security-policy')).toContain("default-src 'self'")
})

it('leaves everything else to Vite', async () => {
  const response = await fetch(`${origin}/`)
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('<div id="root">')
})
