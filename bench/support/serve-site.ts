import { rm } from 'node:fs/promises'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
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

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/

/** Gzips a body the way a typical server or CDN would (zlib's default level), when the client accepts it. */
export function maybeGzip(body: Buffer, contentType: string, acceptEncoding: string | undefined) {
  if (!compressible.test(contentType) || body.length < 256 || !/\bgzip\b/.test(acceptEncoding ?? '')) return null
  return gzipSync(body)
}

/** A static site held in memory: path → { type, body }. Everything else is a 404. */
export async function startStaticSite(
  pages: ReadonlyMap<string, { type: string; body: string }>,
  options: { gzip: boolean },
): Promise<Site> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    const page = pages.get(pathname)
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    const body = Buffer.from(page.body)
    const gzipped = options.gzip ? maybeGzip(body, page.type, request.headers['accept-encoding']) : null
    response.writeHead(200, {
      'Content-Type': page.type,
      'Cache-Control': 'no-cache',
      ...(gzipped ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    })
    response.end(gzipped ?? body)
  })
  const port = await listen(server, 0)
  return { origin: `http://127.0.0.1:${port}`, port, stop: () => close(server) }
}

/**
 * A reverse proxy that gzips compressible responses from `target` (used for `--gzip`: what the site would cost behind
 * a compressing CDN, since the production server itself sends everything uncompressed).
 */
export async function startGzipProxy(target: Site): Promise<Site> {
  const targetUrl = new URL(target.origin)
  const server = createServer((request, response) => {
    const upstream = httpRequest(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        path: request.url,
        method: request.method,
        headers: { ...request.headers, host: targetUrl.host, 'accept-encoding': 'identity' },
      },
      (upstreamResponse) => {
        const chunks: Buffer[] = []
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk))
        upstreamResponse.on('end', () => {
          const body = Buffer.concat(chunks)
          const type = String(upstreamResponse.headers['content-type'] ?? '')
          const gzipped = maybeGzip(body, type, request.headers['accept-encoding'])
          const headers = { ...upstreamResponse.headers }
          delete headers['content-length']
          delete headers['transfer-encoding']
          if (gzipped) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' })
          response.writeHead(upstreamResponse.statusCode ?? 502, headers)
          response.end(gzipped ?? body)
        })
      },
    )
    upstream.on('error', () => response.writeHead(502).end())
    request.pipe(upstream)
  })
  const port = await listen(server, 0)
  return { origin: `http://127.0.0.1:${port}`, port, stop: () => close(server) }
}
