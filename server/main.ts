import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { z } from 'zod'
import { createApp } from './app.ts'
import { createCommentStore } from './comment-store.ts'
import { openDatabase } from './database.ts'
import { drainOnShutdown } from './graceful-shutdown.ts'

/** How long in-flight requests get to finish after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4173),
  // Loopback unless told otherwise: exposing the server is a deliberate choice (HOST=0.0.0.0 in a container).
  HOST: z.string().min(1).default('127.0.0.1'),
  COMMENTS_DB: z.string().min(1).default('data/comments.sqlite'),
  DIST_DIR: z.string().min(1).default('dist'),
  COMMENTS_RATE_LIMIT: z.coerce.number().int().positive().default(5),
})

const parsed = envSchema.safeParse(process.env)
if (!parsed.success) {
  console.error(`Invalid environment:\n${z.prettifyError(parsed.error)}`)
  process.exit(1)
}
const env = parsed.data

const db = openDatabase(env.COMMENTS_DB)
const app = createApp({ distDir: env.DIST_DIR, store: createCommentStore(db), rateLimit: env.COMMENTS_RATE_LIMIT })

// serve() returns the http.Server it created for its plain-HTTP default; the cast only narrows that union.
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info: AddressInfo) => {
  // Tests and scripts parse this line for the port (PORT=0 picks a free one).
  console.log(`Warta is running at http://localhost:${info.port}/`)
}) as Server

const shutDown = drainOnShutdown(server, SHUTDOWN_GRACE_MS)
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    console.log(`${signal}: finishing in-flight requests…`)
    shutDown(() => {
      db.close()
      process.exit(0)
    })
  })
}
