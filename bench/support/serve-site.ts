import { rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { MIN_COMPRESSIBLE_BYTES } from '../../scripts/compressible.ts'
import { acceptedEncodings } from '../../server/static-files.ts'
import { type RunningServer, startServer } from '../../server/test-server.ts'
import { makeTempDir } from './build-site.ts'

export type Site = { origin: string; port: number; stop(): Promise<void> }

/**
 * The real production server (`server/main.ts` in its own process, via the helper the server's tests use) on a built
 * dist, with a throwaway comments database. `port` 0 picks a free one.
 */
export async function startWarta(distDir: string, port = 0): Promise<Site & { server: RunningServer }> {
  const root = await makeTempDir('warta-bench-db-')
  const fixture = {
    root,
    distDir,
    dbFile: path.join(root, 'comments.sqlite'),
    remove: () => rm(root, { recursive: true }),
  }
  const server = await startServer(fixture, { PORT: String(port), COMMENTS_RATE_LIMIT: '1000' })
  return {
    server,
    origin: server.origin,
    port: server.port,
    async stop() {
      await server.stop()
      await fixture.remove()
    },
  }
}

const listen = async (server: Server, port: number) => {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return (server.address() as AddressInfo).port
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()))

/** A port nobody listens on right now, for a server whose origin must be known before it starts (SITE_URL). */
export async function freePort(preferred = 0): Promise<number> {
  const probe = createServer()
  try {
    const port = await listen(probe, preferred)
    await close(probe)
    return port
  } catch {
    return freePort(0)
  }
}

/**
 * Compresses a body the way the production server answers (scripts/compress-dist.ts writes `.br` at quality 6 for
 * pages and `.gz` at level 9; server/static-files.ts picks brotli first), for the encodings the client accepts.
 */
export function compressLikeWarta(body: Buffer, acceptEncoding: string | undefined) {
  if (body.length < MIN_COMPRESSIBLE_BYTES) return null
  const [encoding] = acceptedEncodings(acceptEncoding)
  if (encoding === 'br') {
    return { encoding, body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }) }
  }
  if (encoding === 'gzip') return { encoding, body: gzipSync(body, { level: 9 }) }
  return null
}

/** A static site held in memory: path → { type, body }, compressed like Warta's pages. Everything else is a 404. */
export async function startStaticSite(pages: ReadonlyMap<string, { type: string; body: string }>): Promise<Site> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    const page = pages.get(pathname)
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    const body = Buffer.from(page.body)
    const compressed = compressLikeWarta(body, request.headers['accept-encoding'])
    response.writeHead(200, {
      'Content-Type': page.type,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(compressed ? { 'Content-Encoding': compressed.encoding } : {}),
    })
    response.end(compressed?.body ?? body)
  })
  const port = await listen(server, 0)
  return { origin: `http://127.0.0.1:${port}`, port, stop: () => close(server) }
}
