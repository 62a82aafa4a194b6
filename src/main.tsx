import { hydrate, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { HttpError } from './http.ts'
import { NOT_FOUND_URL, readPrerenderState } from './prerender-state.ts'
import { createQueryClient } from './query-client.ts'
import { AppRoutes } from './router.tsx'
import { keyNativeHistoryEntries } from './routes/native-history-entries.ts'
import { liftStylesheetFromRoot } from './ui/lift-stylesheet.ts'
import './styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

keyNativeHistoryEntries()
const queryClient = createQueryClient()
const prerendered = readPrerenderState(document)
// Fill the cache before the first render, so the page's queries find the data the HTML was rendered from.
if (prerendered) hydrate(queryClient, prerendered.queries)
const here = `${window.location.pathname}${window.location.search}`
const servedNotFound = prerendered?.url === NOT_FOUND_URL

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* No transitions: a page whose data is held renders synchronously in the click's own task, the fastest a
          "Next Post" can answer; one whose data is not shows its skeleton at once rather than freezing the old page. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes servedNotFoundAt={servedNotFound ? here : undefined} />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>
)

const rootOptions: RootOptions = {
  // An error boundary already shows the reader what failed to load (not found, offline, damaged data): that is expected,
  // not a bug, so only errors of any other kind are reported to the console.
  onCaughtError(error) {
    if (!(error instanceof HttpError)) console.error(error)
  },
}

// Hydrate only HTML that was rendered for this very URL, or the not-found page the server sent for it (the routes render
// this URL as that page); anything else (the dev server's empty shell, a fallback page) is rendered from scratch.
// Either way once the full stylesheet is out of the root (a prerendered article links it there) and in the head, and
// in a task of its own: evaluating the app's modules is the longest task of the start-up already (~250–400 ms at 4×
// CPU), and creating the root right after it, in the same task, made it longer still.
const nextTask = () => new Promise((resolve) => setTimeout(resolve))

void liftStylesheetFromRoot(container)
  .then(nextTask)
  .then(() => {
    if (prerendered?.url === here || servedNotFound) {
      // As a transition, hydration yields to the browser every few milliseconds instead of holding the main thread for
      // the whole page: a tap or a scroll during start-up is answered at once (and React hydrates what was tapped first).
      startTransition(() => {
        hydrateRoot(container, app, rootOptions)
      })
    } else {
      createRoot(container, rootOptions).render(app)
    }
  })
