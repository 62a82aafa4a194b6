import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, extname, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib'
import { isCompressible } from '../scripts/compressible.ts'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}

/** Where the extension says too little: the Atom feed (scripts/feeds) is XML, but readers recognise it by its type. */
const contentTypesByName: Record<string, string> = {
  'feed.xml': 'application/atom+xml; charset=utf-8',
}

export const cacheControl = {
  /** Vite puts a content hash in every asset name, so a name never changes meaning. */
  immutable: 'public, max-age=31536000, immutable',
  /** Data and HTML change on every deploy: revalidate each time, which an ETag makes cheap. */
  revalidate: 'no-cache',
  /** Unhashed files such as favicon.ico or robots.txt. */
  short: 'public, max-age=300',
} as const

/**
 * Maps a URL path to a file inside `root`, or null when the path could escape it. Segments are split *before*
 * percent-decoding, so `%2e%2e`, `..%2f` and `%5c` cannot smuggle a parent directory or separator past the check, and
 * dotfiles (`.env`, `.git`) are never served. The final prefix check is a second wall in case the first one leaks.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  const segments: string[] = []
  for (const raw of urlPath.split('/').slice(1)) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  const base = resolve(root)
  const file = resolve(base, ...segments)
  return file.startsWith(base + sep) ? file : null
}

const isFile = async (file: string) => {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/** The first of `candidates` that is a regular file, if any. */
export async function firstFile(candidates: readonly (string | null)[]): Promise<string | null> {
  for (const candidate of candidates) {
    if (candidate !== null && (await isFile(candidate))) return candidate
  }
  return null
}

export const etagOf = (content: Uint8Array) =>
  `"${createHash('sha1').update(content).digest('base64url').slice(0, 22)}"`

/** RFC 9110 weak comparison: `W/"x"` matches `"x"`, and `*` matches anything. */
const matchesEtag = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch?.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag
  }) ?? false

/** The encodings the client accepts, best first, among those the build writes (`scripts/compress-dist.ts`). */
export function acceptedEncodings(acceptEncoding: string | undefined): ('br' | 'gzip')[] {
  const accepted = new Set<string>()
  for (const part of acceptEncoding?.toLowerCase().split(',') ?? []) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim())
    const refused = parameters.some((parameter) => /^q=0(?:\.0*)?$/.test(parameter))
    if (!refused) accepted.add(name)
  }
  return (['br', 'gzip'] as const).filter((encoding) => accepted.has(encoding))
}

const encodedSuffix = { br: '.br', gzip: '.gz' } as const

/**
 * A file as a Response with a content-derived ETag (stable across rebuilds that do not change the bytes). Text files
 * are answered from the `.br`/`.gz` copy the build wrote beside them when the client accepts it. Files are read whole:
 * the dist holds small pages, chunks and JSON, not media.
 */
export async function fileResponse(file: string, options: ResponseOptions): Promise<Response> {
  const encoded = isCompressible(file) ? await precompressed(file, options.acceptEncoding) : null
  return respond(file, encoded ?? { encoding: null, content: await readFile(file) }, options)
}

/**
 * Text made for this request from the file it stands in for (a page with the reader's preferences on it), compressed
 * now as the build would have: it differs from the file by a few attributes, so it is worth the millisecond.
 */
export async function generatedResponse(file: string, text: string, options: ResponseOptions): Promise<Response> {
  const [encoding] = acceptedEncodings(options.acceptEncoding)
  // zlib's buffers are typed over ArrayBufferLike; they are plain ArrayBuffers, as readFile's are.
  const content = (
    encoding === 'br'
      ? await brotli(text, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
      : encoding === 'gzip'
        ? await gzipped(text, { level: 6 })
        : Buffer.from(text, 'utf8')
  ) as Uint8Array<ArrayBuffer>
  return respond(file, { encoding: encoding ?? null, content }, options)
}

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

interface ResponseOptions {
  status?: number
  cache: string
  ifNoneMatch?: string
  acceptEncoding?: string
  /** Request headers besides Accept-Encoding that the answer depends on. */
  vary?: string
}

function respond(
  file: string,
  { encoding, content }: { encoding: 'br' | 'gzip' | null; content: Uint8Array<ArrayBuffer> },
  options: ResponseOptions,
): Response {
  const etag = encoding ? etagOf(content).replace(/"$/, `-${encoding}"`) : etagOf(content)
  const headers: Record<string, string> = {
    'Content-Type':
      contentTypesByName[basename(file)] ?? contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': options.cache,
    ETag: etag,
  }
  const vary = [isCompressible(file) ? 'Accept-Encoding' : null, options.vary ?? null].filter(Boolean)
  if (vary.length > 0) headers.Vary = vary.join(', ')
  if (encoding) headers['Content-Encoding'] = encoding
  const status = options.status ?? 200
  if (status === 200 && matchesEtag(options.ifNoneMatch, etag)) return new Response(null, { status: 304, headers })
  return new Response(content, { status, headers })
}

async function precompressed(file: string, acceptEncoding: string | undefined) {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const candidate = `${file}${encodedSuffix[encoding]}`
    if (await isFile(candidate)) return { encoding, content: await readFile(candidate) }
  }
  return null
}
