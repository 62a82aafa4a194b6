import { Hono } from 'hono'
import { articleInDist } from './article-exists.ts'
import type { CommentStore } from './comment-store.ts'
import { createCommentsApi } from './comments-api.ts'
import { securityHeaders } from './security-headers.ts'
import { siteRoutes } from './site-routes.ts'

export type AppOptions = {
  /** The `vite build` output: static files, bundled data and the SPA's HTML. */
  distDir: string
  store: CommentStore
  /** Accepted comment posts per minute per client address. */
  rateLimit: number
  now?: () => number
}

/** The whole production site as a Hono app, with no socket of its own, so tests and other hosts can mount it. */
export function createApp(options: AppOptions) {
  const app = new Hono()
  app.use('*', securityHeaders(options.distDir))
  app.route(
    '/api',
    createCommentsApi({
      store: options.store,
      articleExists: articleInDist(options.distDir),
      rateLimit: options.rateLimit,
      now: options.now,
    }),
  )
  app.route('/', siteRoutes(options.distDir, articleInDist(options.distDir)))
  app.onError((error, c) => {
    console.error(error)
    return c.text('Something went wrong on our side.', 500)
  })
  return app
}
