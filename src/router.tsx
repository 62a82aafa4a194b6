import { Route, Routes, useLocation } from 'react-router'
import { paths } from './paths.ts'
import { NOT_FOUND_URL } from './prerender-state.ts'
import { ArticleRoute } from './routes/article.tsx'
import { HomeRoute } from './routes/home.tsx'
import { NotFound } from './routes/not-found.tsx'
import { RootLayout } from './routes/root-layout.tsx'

/**
 * The route table. Each route reads its data from react-query's cache (routes/use-page-data.ts), so a page whose data
 * is already there (prerendered, prefetched, or seen before) renders in the same frame as the click, and any other
 * shows its skeleton until the data arrives. Declarative routes rather than a data router: loaders would add nothing
 * the query cache does not already do, and the data router costs ~16 kB of gzipped script on every first view
 * (decision record 009).
 */
export function AppRoutes({ servedNotFoundAt }: { servedNotFoundAt?: string }) {
  const { pathname, search } = useLocation()
  // The address the server answered with its not-found page renders as that page, whatever route it would match
  // (a slug with no data file, an extra trailing slash): no fetch, no skeleton, and the HTML hydrates as it is.
  const notFound = servedNotFoundAt === `${pathname}${search}`
  return (
    <Routes location={notFound ? NOT_FOUND_URL : undefined}>
      <Route path={paths.home.pattern} element={<RootLayout />}>
        <Route index element={<HomeRoute />} />
        <Route path={paths.article.pattern} element={<ArticleRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
