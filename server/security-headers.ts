import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { MiddlewareHandler } from 'hono'
import * as v from 'valibot'
import { INLINE_HASHES_FILE, type InlineHashes } from '../scripts/page-template.ts'

/**
 * The CSP allows only our own scripts, styles and API, plus the exact inline `<style>` the build put into prerendered
 * pages (by hash, decision 007), so even if a comment's text ever reached the page as HTML, an injected script, style
 * or inline handler would not run. No inline script is allowed at all (decision 012).
 */
export function contentSecurityPolicy({ styles }: InlineHashes = { styles: [] }): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styles.map((hash) => ` '${hash}'`).join('')}`,
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export const securityHeaderValues = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const

const cspHashPattern = /^sha256-[A-Za-z0-9+/]+=*$/
const cspHash = v.pipe(v.string(), v.regex(cspHashPattern))
const inlineHashesSchema = v.object({ styles: v.array(cspHash) })

/**
 * Security headers for every response, static files and errors included. With a `distDir`, the inline hashes come from
 * the build's manifest, re-read when a new build replaces it, so a rebuild never leaves pages unstyled behind a stale
 * policy. A damaged manifest allows no inline code at all: pages then paint unstyled rather than unsafe.
 */
export function securityHeaders(distDir?: string): MiddlewareHandler {
  const manifest = distDir ? path.join(distDir, INLINE_HASHES_FILE) : null
  let cached: { modified: number; policy: string } | null = null
  const currentPolicy = async () => {
    const modified = manifest ? modificationTime(manifest) : null
    if (manifest === null || modified === null) return securityHeaderValues['Content-Security-Policy']
    if (cached?.modified !== modified) {
      const parsed = v.safeParse(inlineHashesSchema, await readJson(manifest))
      cached = { modified, policy: contentSecurityPolicy(parsed.success ? parsed.output : undefined) }
    }
    return cached.policy
  }
  return async (c, next) => {
    await next()
    c.res.headers.set('Content-Security-Policy', await currentPolicy())
    c.res.headers.set('X-Content-Type-Options', securityHeaderValues['X-Content-Type-Options'])
    c.res.headers.set('Referrer-Policy', securityHeaderValues['Referrer-Policy'])
  }
}

function modificationTime(file: string): number | null {
  try {
    return statSync(file).mtimeMs
  } catch {
    return null
  }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return null
  }
}
