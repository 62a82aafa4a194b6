import { dehydrate, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouter } from 'react-router'
import { type PrerenderState, serialisePrerenderState } from './prerender-state.ts'
import { createQueryClient } from './query-client.ts'
import { AppRoutes } from './router.tsx'
import { HttpStatusContext } from './routes/http-status.ts'

export interface RenderedPage {
  status: number
  /** `<title>`, `<meta>` and `<link>` elements React hoisted out of the page, for the document's `<head>`. */
  head: string
  /** The page's markup, for `<div id="root">`. */
  body: string
  /** A `<script type="application/json">` holding the query cache, so the client hydrates without fetching. */
  state: string
}

/**
 * Renders one URL of the app to HTML at build time, through the same routes the browser uses. `seedCache` fills the
 * query cache first (the build reads the bundled data from disk), so every page renders complete, without fetching.
 */
export async function renderPage(
  url: string,
  seedCache: (queryClient: ReturnType<typeof createQueryClient>) => void,
): Promise<RenderedPage> {
  const queryClient = createQueryClient()
  seedCache(queryClient)
  const status = { status: 200 }
  const html = renderToString(
    <StrictMode>
      <HttpStatusContext value={status}>
        <QueryClientProvider client={queryClient}>
          <StaticRouter location={url}>
            <AppRoutes />
          </StaticRouter>
        </QueryClientProvider>
      </HttpStatusContext>
    </StrictMode>,
  )
  const { head, body } = splitHoistedHead(html)
  const state: PrerenderState = { url, queries: dehydrate(queryClient) }
  return { status: status.status, head, body, state: serialisePrerenderState(state) }
}

const hoistedElement = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)/

/** React 19 emits the `<title>`/`<meta>`/`<link>` elements a tree renders at the start of its output: peel them off. */
function splitHoistedHead(html: string): { head: string; body: string } {
  let rest = html
  let head = ''
  for (let match = hoistedElement.exec(rest); match; match = hoistedElement.exec(rest)) {
    head += match[0]
    rest = rest.slice(match[0].length)
  }
  return { head, body: rest }
}
