import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from './paths.ts'
import { ArticleRoute, articleLoader } from './routes/article.tsx'
import { HomeRoute, homeLoader } from './routes/home.tsx'
import { NotFound } from './routes/not-found.tsx'
import { PageSkeleton, RootLayout } from './routes/root-layout.tsx'
import { RouteError } from './routes/route-error.tsx'

/** The route table. Loaders get the QueryClient so data starts loading with the navigation, not after render. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.home.pattern,
      Component: RootLayout,
      HydrateFallback: PageSkeleton,
      children: [
        {
          // Errors render inside the layout, so the reader keeps the header and a way home.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: homeLoader(queryClient), Component: HomeRoute },
            { path: paths.article.pattern, loader: articleLoader(queryClient), Component: ArticleRoute },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ]
}
