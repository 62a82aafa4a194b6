import type { MiddlewareHandler } from 'hono'

/**
 * Set on every response, static files and errors included. The CSP allows only our own scripts, styles and API, so
 * even if a comment's text ever reached the page as HTML, an injected script or inline handler would not run.
 */
export const securityHeaderValues = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  for (const [name, value] of Object.entries(securityHeaderValues)) c.res.headers.set(name, value)
}
