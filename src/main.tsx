import { hydrate, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { readPrerenderState } from './prerender-state.ts'
import { createQueryClient } from './query-client.ts'
import { createRoutes } from './router.tsx'
import './styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
const prerendered = readPrerenderState(document)
// Fill the cache before the router starts, so its loaders find the page's data instead of fetching it again.
if (prerendered) hydrate(queryClient, prerendered.queries)
const router = createBrowserRouter(createRoutes(queryClient))

function whenRouterReady(): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
)

// Hydrate only HTML that was rendered for this very URL; anything else (the dev server's empty shell, a fallback page)
// is rendered from scratch.
if (prerendered && prerendered.url === `${window.location.pathname}${window.location.search}`) {
  // The loaders read the cache the page carried, so this resolves without a request and the first client render
  // matches the HTML.
  await whenRouterReady()
  hydrateRoot(container, app)
} else {
  createRoot(container).render(app)
}
