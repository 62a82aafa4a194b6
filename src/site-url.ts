import * as v from 'valibot'

/**
 * The site's public address, from ONE setting: `SITE_URL` (e.g. `https://warta.example`), read at build time.
 * - vite.config.ts validates it with `parseSiteUrl` when it builds the browser bundle (an invalid value fails the
 *   build) and inlines the resulting origin as `import.meta.env.SITE_ORIGIN`, so the browser never parses it again
 *   and this parser, with the valibot functions it uses, stays out of the bundle.
 * - Under tsx/Node (the prerender, the feeds) and Vitest there is no such constant, and `process.env.SITE_URL` is
 *   parsed here.
 * Unset or empty means "not known": feeds then use root-relative links and no sitemap is written.
 *
 * Every route is root-relative (`src/paths.ts`), so the value must be an origin: a path, query or fragment would
 * produce links the server does not answer, and is rejected rather than silently dropped.
 */

// Built when first needed: nothing in the browser bundle calls it, so it is left out there with what it uses.
const originSchema = () =>
  v.pipe(
    v.string(),
    v.check(isHttpUrl, 'must be an http(s) URL such as https://warta.example'),
    v.rawTransform(({ dataset, addIssue }) => {
      const url = new URL(dataset.value)
      if (url.username !== '' || url.password !== '') addIssue({ message: 'must not contain a user name or password' })
      if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
        addIssue({
          message: 'must be the site origin only (no path, query or fragment): every route is served from /',
        })
      }
      // URL.origin lowercases the scheme and host and drops a default port and the trailing slash.
      return url.origin
    }),
  )

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

/** Parses a raw `SITE_URL`; returns the origin without a trailing slash, or null when unset. Throws naming SITE_URL. */
export function parseSiteUrl(raw: string | undefined | null): string | null {
  const trimmed = raw?.trim() ?? ''
  if (trimmed === '') return null
  const result = v.safeParse(originSchema(), trimmed)
  if (!result.success) {
    const reason = result.issues.map((issue) => issue.message).join('; ')
    throw new Error(`SITE_URL ${JSON.stringify(trimmed)} is invalid: ${reason}`)
  }
  return result.output
}

/** `path` (root-relative, `/articles/x`) made absolute against `origin`, or null when the origin is not known. */
export function absoluteUrlFor(origin: string | null, path: string): string | null {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`absoluteUrl expects a root-relative path such as /articles/x, got ${JSON.stringify(path)}`)
  }
  return origin === null ? null : `${origin}${path}`
}

// The origin vite.config.ts validated for this bundle ('' when SITE_URL is unset), which Vite writes in as a string
// literal, so the browser bundle drops the `parseSiteUrl` branch below; undefined outside a Vite build.
const builtOrigin: string | undefined = import.meta.env?.SITE_ORIGIN

export const siteUrl: string | null =
  builtOrigin === undefined
    ? // `globalThis.process`, guarded: it keeps bundlers from inlining anything, and a browser has no `process`.
      parseSiteUrl(globalThis.process?.env?.SITE_URL)
    : builtOrigin || null

export function absoluteUrl(path: string): string | null {
  return absoluteUrlFor(siteUrl, path)
}
