import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build, createServer, type HotPayload, type ViteDevServer } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { articleSchema } from '../../src/articles/article-schema.ts'
import { parseOrThrow } from '../../src/validation.ts'
import { contentDirWith, errorMessageOf } from './content-fixtures.ts'
import { contentPlugin } from './vite-plugin-content.ts'

const servers: ViteDevServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function devServer(root: string) {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
    plugins: [contentPlugin({ contentDir: 'content' })],
  })
  servers.push(server)
  const send = vi.spyOn(server.ws, 'send')
  await server.listen()
  const base = server.resolvedUrls?.local[0]
  if (base === undefined) throw new Error('the dev server has no local URL')
  const get = (url: string) => fetch(new URL(url, base))
  // `send` is overloaded, so its recorded calls are typed loosely; narrow each payload before reading it.
  const sent = (type: HotPayload['type']) =>
    (send.mock.calls as unknown[][]).flatMap(([payload]) =>
      typeof payload === 'object' && payload !== null && 'type' in payload && payload.type === type ? [payload] : [],
    )
  return { get, sent }
}

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('condition not met in 5 s')
}

describe('contentPlugin in vite dev', () => {
  it('serves /data from memory, 404s unknown files, rebuilds on change and keeps the last good data on error', async () => {
    const root = await contentDirWith({ 'content/first.txt': 'First\n\nText.' })
    const { get, sent } = await devServer(root)

    const response = await get('/data/articles/first.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(parseOrThrow(articleSchema, await response.json()).title).toBe('First')

    const missing = await get('/data/articles/nope.json')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'Not found' })

    await writeFile(path.join(root, 'content/first.txt'), 'First, edited\n\nText.')
    await eventually(async () => (await (await get('/data/articles/first.json')).json()).title === 'First, edited')
    await eventually(async () => sent('full-reload').length > 0)

    await writeFile(path.join(root, 'content/first.txt'), '---\ndat: 2025-01-01\n---\nBroken\n')
    await eventually(async () => sent('error').length > 0)
    expect(sent('error')[0]).toMatchObject({
      type: 'error',
      err: { message: expect.stringContaining('first.txt:2: unknown') },
    })
    expect((await (await get('/data/articles/first.json')).json()).title).toBe('First, edited')
  })
})

describe('contentPlugin in vite build', () => {
  it('emits every data file into dist/data', async () => {
    const root = await contentDirWith({ 'content/one.txt': 'One\n\nText.', 'main.js': 'console.log(1)\n' })
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [contentPlugin({ contentDir: 'content' })],
      build: { outDir: 'dist', rollupOptions: { input: path.join(root, 'main.js') } },
    })
    const article = JSON.parse(await readFile(path.join(root, 'dist/data/articles/one.json'), 'utf8'))
    expect(parseOrThrow(articleSchema, article).title).toBe('One')
    expect(JSON.parse(await readFile(path.join(root, 'dist/data/index/1.json'), 'utf8'))).toMatchObject({ total: 1 })
  })

  it('fails the build with the file:line list', async () => {
    const root = await contentDirWith({ 'content/bad.md': 'no title', 'main.js': 'console.log(1)\n' })
    const message = await errorMessageOf(() =>
      build({
        configFile: false,
        root,
        logLevel: 'silent',
        plugins: [contentPlugin({ contentDir: 'content' })],
        build: { outDir: 'dist', rollupOptions: { input: path.join(root, 'main.js') } },
      }),
    )
    expect(message).toMatch(/bad\.md:1: a \.md article needs a "title"/)
  })
})
