import * as v from 'valibot'

/** What an error response said beyond its status, for callers that know the API (its error body, `Retry-After`). */
export type HttpErrorDetails = {
  headers?: Headers
  /** The response's JSON body, unparsed: only the caller knows its shape. */
  body?: unknown
}

/** The schema a response must match: any valibot schema whose output is `T`. */
export type Parser<T> = v.GenericSchema<unknown, T>

/** A response the app understood but cannot use: carries the status so routes can tell "not found" from "broken". */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: HttpErrorDetails = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404
}

/**
 * Fetches a JSON document and parses it with `schema`. A static host answers unknown paths with its HTML fallback and a
 * 200, so anything that is not JSON counts as "not found"; JSON of the wrong shape is reported as damaged data.
 */
export async function fetchJson<T>(url: string, schema: Parser<T>, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init?.headers } })
  } catch {
    throw new HttpError(0, 'The network is unreachable. Check your connection and try again.')
  }
  if (!response.ok) {
    const details = { headers: response.headers, body: await jsonBodyOf(response) }
    if (response.status === 404) throw new HttpError(404, 'Not found', details)
    throw new HttpError(response.status, `The server answered ${response.status}.`, details)
  }
  if (!response.headers.get('content-type')?.includes('json')) throw new HttpError(404, 'Not found')
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new HttpError(response.status, 'The server sent data that could not be read.')
  }
  const parsed = v.safeParse(schema, body)
  if (!parsed.success) throw new HttpError(response.status, 'The server sent data in an unexpected shape.')
  return parsed.output
}

/** An error response's JSON body, or undefined when it has none (a proxy's HTML error page, an empty 502). */
async function jsonBodyOf(response: Response): Promise<unknown> {
  if (!response.headers.get('content-type')?.includes('json')) return undefined
  try {
    return await response.json()
  } catch {
    return undefined
  }
}
