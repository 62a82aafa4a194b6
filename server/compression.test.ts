import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptedEncodings } from './static-files.ts'
import { createFixture, type Fixture, type RunningServer, startServer } from './test-server.ts'

describe('acceptedEncodings', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br;q=0, gzip;q=0.5', ['gzip']],
    ['BR', ['br']],
    ['identity', []],
    [undefined, []],
  ])('reads %j as %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected)
  })
})

describe('precompressed files', () => {
  let fixture: Fixture
  let server: RunningServer
  const script = `${'console.log("warta, compressed");\n'.repeat(100)}`

  beforeAll(async () => {
    fixture = await createFixture()
    const file = join(fixture.distDir, 'assets/big-abc123.js')
    await writeFile(file, script)
    await writeFile(`${file}.br`, brotliCompressSync(script))
    await writeFile(`${file}.gz`, gzipSync(script))
    server = await startServer(fixture)
  })
  afterAll(async () => {
    await server?.stop()
    await fixture?.remove()
  })

  // fetch() decompresses by itself, so each answer is checked by its headers and by what it decodes to.
  for (const [acceptEncoding, encoding] of [
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', null],
  ] as const) {
    it(`answers Accept-Encoding: ${acceptEncoding} with ${encoding ?? 'the plain file'}`, async () => {
      const response = await fetch(`${server.origin}/assets/big-abc123.js`, {
        headers: { 'Accept-Encoding': acceptEncoding },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-encoding')).toBe(encoding)
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
      expect(await response.text()).toBe(script)
    })
  }

  it('gives each encoding its own ETag, so a cache never mixes them', async () => {
    const etags = new Set<string | null>()
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const response = await fetch(`${server.origin}/assets/big-abc123.js`, {
        headers: { 'Accept-Encoding': acceptEncoding },
      })
      etags.add(response.headers.get('etag'))
    }
    expect(etags.size).toBe(3)
  })
})
