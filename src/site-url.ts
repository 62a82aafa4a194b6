import { z } from 'zod/mini'

/**
 * The site's public address, from ONE setting: `SITE_URL` (e.g. `https://warta.example`), read at build time.
 * - In the browser bundle Vite inlines `import.meta.env.SITE_URL` (vite.config.ts lists `SITE_URL` in `envPrefix`).
 * - Under tsx/Node (the prerender, the feeds) `import.meta.env` does not exist and `process.env.SITE_URL` is read.
 * Unset or empty means "not known": feeds then use root-relative links and no sitemap is written.
 *
 * Every route is root-relative (`src/paths.ts`), so the value must be an origin: a path, query or fragment would
 * produce links the server does not answer, and is rejected rather than silently dropped.
 */

const originSchema = z.pipe(
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://warta.example' }),
  z.transform((value: string, context) => {
    const url = new URL(value)
    if (url.username !== '' || url.password !== '') {
      context.issues.push({ code: 'custom', message: 'must not contain a user name or password', input: value })
    }
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
      context.issues.push({
        code: 'custom',
        message: 'must be the site origin only (no path, query or fragment): every route is served from /',
        input: value,
      })
    }
    // URL.origin lowercases the scheme and host and drops a default port and the trailing slash.
    return url.origin
  }),
)

/** Parses a raw `SITE_URL`; returns the origin without a trailing slash, or null when unset. Throws naming SITE_URL. */
export function parseSiteUrl(raw: string | undefined | null): string | null {
  const trimmed = raw?.trim() ?? ''
  if (trimmed === '') return null
  const result = originSchema.safeParse(trimmed)
  if (!result.success) {
    const reason = result.error.issues.map((issue) => issue.message).join('; ')
    throw new Error(`SITE_URL ${JSON.stringify(trimmed)} is invalid: ${reason}`)
  }
  return result.data
}

/** `path` (root-relative, `/articles/x`) made absolute against `origin`, or null when the origin is not known. */
export function absoluteUrlFor(origin: string | null, path: string): string | null {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`absoluteUrl expects a root-relative path such as /articles/x, got ${JSON.stringify(path)}`)
  }
  return origin === null ? null : `${origin}${path}`
}

function rawSiteUrl(): string | undefined {
  // Vite replaces `import.meta.env.SITE_URL` with the build-time value; under Node `import.meta.env` is undefined.
  const fromVite: unknown = import.meta.env?.SITE_URL
  if (typeof fromVite === 'string' && fromVite !== '') return fromVite
  // Guarded twice: the browser has no `process`, and `globalThis.process` keeps bundlers from inlining anything.
  return globalThis.process?.env?.SITE_URL
}

export const siteUrl: string | null = parseSiteUrl(rawSiteUrl())

export function absoluteUrl(path: string): string | null {
  return absoluteUrlFor(siteUrl, path)
}
