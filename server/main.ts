import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import * as v from 'valibot'
import { createApp } from './app.ts'
import { createCommentStore } from './comment-store.ts'
import { openDatabase } from './database.ts'
import { drainOnShutdown } from './graceful-shutdown.ts'

/** How long in-flight requests get to finish after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000

/** An environment variable holding a whole number; `fallback` when unset, given as text so it passes the same checks. */
const integerVariable = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(min), v.maxValue(max)), String(fallback))
const nonEmptyVariable = (fallback: string) => v.optional(v.pipe(v.string(), v.minLength(1)), fallback)

const envSchema = v.object({
  PORT: integerVariable(4173, 0, 65_535),
  // Loopback unless told otherwise: exposing the server is a deliberate choice (HOST=0.0.0.0 in a container).
  HOST: nonEmptyVariable('127.0.0.1'),
  COMMENTS_DB: nonEmptyVariable('data/comments.sqlite'),
  DIST_DIR: nonEmptyVariable('dist'),
  COMMENTS_RATE_LIMIT: integerVariable(5, 1),
})

const parsed = v.safeParse(envSchema, process.env)
if (!parsed.success) {
  console.error(`Invalid environment:\n${v.summarize(parsed.issues)}`)
  process.exit(1)
}
const env = parsed.output

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
