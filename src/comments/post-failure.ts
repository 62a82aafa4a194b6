import * as v from 'valibot'
import { HttpError } from '../http.ts'
import type { CommentMessages } from './comment-messages.ts'
import { apiErrorSchema } from './comment-schema.ts'
import type { FieldErrors } from './comment-validation.ts'

/** Why a post did not go through, in the terms the form acts on. In every case the reader's text stays in the form. */
export type PostFailure =
  | { kind: 'offline' }
  | { kind: 'unreachable' }
  | { kind: 'rate-limited'; retryAfterSeconds: number | null }
  | { kind: 'duplicate' }
  | { kind: 'invalid'; fields: FieldErrors }
  | { kind: 'too-large' }
  | { kind: 'refused' }
  | { kind: 'server' }

/**
 * `online` is the browser's own view (navigator.onLine). A request that got no answer while the browser thinks it is
 * online means the comments server is down or cannot be reached, and telling that reader to check their connection
 * would send them looking in the wrong place.
 */
export function postFailureOf(
  error: unknown,
  now: number = Date.now(),
  online: boolean = browserOnline(),
): PostFailure {
  if (!(error instanceof HttpError)) return { kind: 'server' }
  const { status, details } = error
  if (status === 0) return online ? { kind: 'unreachable' } : { kind: 'offline' }
  if (status === 429)
    return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(details.headers?.get('Retry-After'), now) }
  if (status === 409) return { kind: 'duplicate' }
  if (status === 413) return { kind: 'too-large' }
  if (status === 400) {
    const parsed = v.safeParse(apiErrorSchema, details.body)
    const fields = parsed.success ? parsed.output.fields : undefined
    // A 400 that names no field is a request the form should never have sent: nothing the reader can fix.
    return fields && Object.keys(fields).length > 0 ? { kind: 'invalid', fields } : { kind: 'refused' }
  }
  if (status >= 400 && status < 500) return { kind: 'refused' }
  return { kind: 'server' }
}

function browserOnline(): boolean {
  // Only a browser that says it is offline is: where there is no such flag (the server, tests), assume a connection.
  return typeof navigator === 'undefined' || navigator.onLine !== false
}

/** `Retry-After` as whole seconds from `now`; it may be a number of seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null | undefined, now: number): number | null {
  const value = header?.trim()
  if (!value) return null
  if (/^\d+$/.test(value)) return Number(value)
  // An HTTP date names its day and month in letters; anything else would meet Date.parse's lenient guessing.
  if (!/^[A-Za-z]{3}, /.test(value)) return null
  const date = Date.parse(value)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}

export function postFailureMessage(failure: PostFailure, t: CommentMessages): string {
  switch (failure.kind) {
    case 'offline':
      return t.postFailedOffline
    case 'unreachable':
      return t.postFailedUnreachable
    case 'rate-limited':
      return t.postFailedRateLimited(failure.retryAfterSeconds)
    case 'duplicate':
      return t.postFailedDuplicate
    case 'invalid':
      return t.postFailedInvalid
    case 'too-large':
      return t.postFailedTooLarge
    case 'refused':
      return t.postFailedRefused
    case 'server':
      return t.postFailedServer
  }
}
