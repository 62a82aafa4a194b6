import type { DehydratedState } from '@tanstack/react-query'
import * as v from 'valibot'

/** What a prerendered page hands to the client: the URL it was rendered for and the query cache it used. */
export interface PrerenderState {
  url: string
  queries: DehydratedState
}

export const PRERENDER_STATE_ID = 'warta-state'

/**
 * The URL the not-found page is prerendered for. The server answers every address it has no page for with that page
 * (and a 404), so the app renders that address as this one: it shows what the server said instead of asking again.
 */
export const NOT_FOUND_URL = '/404'

// The cache's inner shape belongs to react-query, which validates what it hydrates; we check the envelope.
const dehydratedStateSchema = v.custom<DehydratedState>(
  (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    'queries' in value &&
    Array.isArray(value.queries) &&
    'mutations' in value &&
    Array.isArray(value.mutations),
)
const prerenderStateSchema = v.object({ url: v.string(), queries: dehydratedStateSchema })

/**
 * A JSON data block, not a script: our CSP allows no inline scripts, and data blocks are never executed. `<` is escaped
 * so article text can never close the element early.
 */
export function serialisePrerenderState(state: PrerenderState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${PRERENDER_STATE_ID}">${json}</script>`
}

/** The state a prerendered page carries, or null for the plain app shell (dev server) or a damaged block. */
export function readPrerenderState(document: Document): PrerenderState | null {
  const element = document.getElementById(PRERENDER_STATE_ID)
  if (!element?.textContent) return null
  try {
    const parsed = v.safeParse(prerenderStateSchema, JSON.parse(element.textContent))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}
