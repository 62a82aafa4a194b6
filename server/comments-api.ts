import { getConnInfo } from '@hono/node-server/conninfo'
import { type Context, Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import * as v from 'valibot'
import {
  type ApiError,
  COMMENTS_PAGE_DEFAULT,
  COMMENTS_PAGE_MAX,
  type CommentList,
  commentInputSchema,
} from '../src/comments/comment-schema.ts'
import { fieldErrorsFrom } from '../src/comments/comment-validation.ts'
import type { ArticleExists } from './article-exists.ts'
import type { CommentStore } from './comment-store.ts'
import { createDuplicateGuard } from './duplicate-guard.ts'
import { createRateLimiter } from './rate-limit.ts'

/**
 * Room for the longest valid comment however it is written: a name and body at their limits in code points, each a
 * 4-byte UTF-8 character such as an emoji (20,320 bytes), plus the JSON around them. Anything larger cannot be valid.
 */
export const REQUEST_BODY_MAX_BYTES = 24 * 1024
const MINUTE_MS = 60_000

export type CommentsApiOptions = {
  store: CommentStore
  articleExists: ArticleExists
  /** Accepted posts per minute per client address. */
  rateLimit: number
  now?: () => number
}

const fail = (c: Context, status: ContentfulStatusCode, error: string, fields?: ApiError['fields']) =>
  c.json({ error, ...(fields ? { fields } : {}) } satisfies ApiError, status)

const wholeNumber = v.pipe(v.string(), v.regex(/^\d{1,15}$/), v.transform(Number))
const pageQuerySchema = v.object({
  after: v.optional(wholeNumber),
  limit: v.optional(v.pipe(wholeNumber, v.minValue(1), v.maxValue(COMMENTS_PAGE_MAX))),
})

/**
 * The socket's peer, never X-Forwarded-For: anyone can write that header, and trusting it would let one client
 * claim a fresh address per request and walk past the rate limit.
 */
const clientAddress = (c: Context) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * Browsers send Origin on every cross-origin POST and Sec-Fetch-Site on every request; either one naming another site
 * means a form or script elsewhere is posting as our reader. Hosts are compared rather than full origins so the check
 * still holds behind a TLS-terminating proxy, where the request we see says http: but the browser's Origin says https:.
 */
const sameSiteOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.header('Sec-Fetch-Site') === 'cross-site') return fail(c, 403, 'Cross-site requests are not allowed.')
  const origin = c.req.header('Origin')
  if (origin !== undefined) {
    let originHost: string | null = null
    try {
      originHost = new URL(origin).host
    } catch {
      // "null" (sandboxed frames, file:) and garbage are not our origin
    }
    if (originHost !== new URL(c.req.url).host) return fail(c, 403, 'Cross-site requests are not allowed.')
  }
  await next()
}

const jsonOnly: MiddlewareHandler = async (c, next) => {
  const mediaType = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json') return fail(c, 415, 'Send the comment as application/json.')
  await next()
}

export function createCommentsApi(options: CommentsApiOptions) {
  const { store, articleExists } = options
  const now = options.now ?? Date.now
  const limiter = createRateLimiter({ limit: options.rateLimit, windowMs: MINUTE_MS, now })
  const duplicates = createDuplicateGuard({ windowMs: MINUTE_MS, now })
  const api = new Hono()

  api.use('*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })

  const knownArticle: MiddlewareHandler = async (c, next) => {
    if (!(await articleExists(c.req.param('slug') ?? ''))) return fail(c, 404, 'There is no such article.')
    await next()
  }

  api.get('/articles/:slug/comments', knownArticle, (c) => {
    const query = v.safeParse(pageQuerySchema, c.req.query())
    if (!query.success) return fail(c, 400, `Use after=<comment id> and limit=1…${COMMENTS_PAGE_MAX}.`)
    const { after = 0, limit = COMMENTS_PAGE_DEFAULT } = query.output
    return c.json(store.visiblePage(c.req.param('slug'), after, limit) satisfies CommentList)
  })

  api.post(
    '/articles/:slug/comments',
    sameSiteOnly,
    knownArticle,
    jsonOnly,
    bodyLimit({
      maxSize: REQUEST_BODY_MAX_BYTES,
      onError: (c) => fail(c, 413, `The request is larger than ${REQUEST_BODY_MAX_BYTES / 1024} KB.`),
    }),
    async (c) => {
      let json: unknown
      try {
        json = await c.req.json()
      } catch {
        return fail(c, 400, 'The request body is not valid JSON.')
      }
      const input = v.safeParse(commentInputSchema, json)
      if (!input.success) {
        // The same first-message-per-field the form shows, so the reader sees the API's words either way.
        const fields = fieldErrorsFrom(input.issues)
        if (Object.keys(fields).length === 0) return fail(c, 400, 'Send a JSON object with a name and a body.')
        return fail(c, 400, 'Please check your comment and try again.', fields)
      }

      // Counted after validation, so a reader fixing a typo does not burn their allowance.
      const address = clientAddress(c)
      const allowed = limiter.take(address)
      if (!allowed.allowed) {
        c.header('Retry-After', String(allowed.retryAfterSeconds))
        return fail(c, 429, `You are commenting too fast. Try again in ${allowed.retryAfterSeconds} seconds.`)
      }

      const slug = c.req.param('slug')
      const { name, body, website } = input.output
      // The double-click check runs after the rate limit, so hammering the same body still counts as posting.
      if (duplicates.isDuplicate(address, slug, body)) return fail(c, 409, 'You already posted this comment.')
      // A bot that filled the hidden field gets the answer a person would, so it has nothing to adapt to.
      const status = website.trim() === '' ? 'visible' : 'spam'
      const comment = store.add({ slug, name, body, status, clientAddress: address, createdAt: new Date(now()) })
      duplicates.remember(address, slug, body)
      return c.json(comment, 201)
    },
  )

  api.all('*', (c) => fail(c, 404, 'There is no such API endpoint.'))
  api.onError((error, c) => {
    console.error(error)
    return fail(c, 500, 'Something went wrong on our side.')
  })
  return api
}
