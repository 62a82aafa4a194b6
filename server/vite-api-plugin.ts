import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import type { Plugin } from 'vite'
import { articleInContent } from './article-exists.ts'
import { createCommentStore } from './comment-store.ts'
import { createCommentsApi } from './comments-api.ts'
import { openDatabase } from './database.ts'
import { securityHeaders } from './security-headers.ts'

export type ApiDevPluginOptions = {
  /** Defaults to COMMENTS_DB, then data/comments.sqlite: the same file `npm start` uses. */
  database?: string
  /** Where article sources live; with no dist in dev, a source file is what makes an article exist. */
  contentDir?: string
  /** Generous by default: a developer testing the form should not be locked out. */
  rateLimit?: number
}

/** Mounts the real comments API (not static serving: Vite does that) into `vite dev` under /api/. */
export function apiDevPlugin(options: ApiDevPluginOptions = {}): Plugin {
  return {
    name: 'warta-comments-api',
    apply: 'serve',
    configureServer(server) {
      const db = openDatabase(options.database ?? process.env.COMMENTS_DB ?? 'data/comments.sqlite')
      const app = new Hono()
      app.use('*', securityHeaders())
      app.route(
        '/api',
        createCommentsApi({
          store: createCommentStore(db),
          articleExists: articleInContent(options.contentDir ?? 'content/articles'),
          rateLimit: options.rateLimit ?? 60,
        }),
      )
      const listener = getRequestListener(app.fetch)
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/api/')) void listener(request, response)
        else next()
      })
      server.httpServer?.once('close', () => db.close())
    },
  }
}
