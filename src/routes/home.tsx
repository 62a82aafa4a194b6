import { useQueryClient } from '@tanstack/react-query'
import { Link, Navigate, useSearchParams } from 'react-router'
import { ArticleMeta } from '../articles/article-meta.tsx'
import { articleIndexQuery, articleQuery } from '../articles/article-queries.ts'
import type { ArticleIndexPage, ArticleSummary } from '../articles/article-schema.ts'
import { clampPage, requestedPage } from '../articles/page-param.ts'
import { isNotFound } from '../http.ts'
import { useMessages } from '../i18n/messages.ts'
import { listHref, selectedSlug } from '../keyboard/list-selection.ts'
import { listItemId, useListShortcuts } from '../keyboard/use-list-shortcuts.ts'
import { paths } from '../paths.ts'
import { ErrorBoundary, Rethrow } from '../ui/error-boundary.tsx'
import { PageSkeleton } from './page-skeleton.tsx'
import { usePageData } from './use-page-data.ts'

export function HomeRoute() {
  const [searchParams] = useSearchParams()
  const raw = searchParams.get('page')
  // Once page 1 is held (the server sends it for a page it has not got), a page past the end goes straight to the
  // last one: no request for a page that does not exist, and no skeleton while it fails.
  const pageCount = useQueryClient().getQueryData(articleIndexQuery(1).queryKey)?.pageCount
  const page = clampPage(requestedPage(raw), pageCount ?? Number.POSITIVE_INFINITY)
  // The keyboard selection (`&selected=`) survives every canonicalisation: it is where the reader was.
  const selected = selectedSlug(searchParams)
  // A malformed or out-of-range page number gets the canonical URL, so the address bar matches what is shown. The list
  // renders meanwhile: the page the server sent is replaced by the same page, not by a blank one.
  const canonical = raw === null || paths.home.href(page) === `/?page=${raw}`
  return (
    <>
      {canonical ? null : <Navigate replace to={listHref(page, selected)} />}
      <ErrorBoundary
        resetKey={String(page)}
        fallback={(error) =>
          // Past the last page: send the reader to the nearest page that exists. Any other failure is the route's.
          isNotFound(error) && page > 1 ? (
            <NearestListPage page={page} selected={selected} />
          ) : (
            <Rethrow error={error} />
          )
        }
      >
        <ArticleList page={page} selected={selected} />
      </ErrorBoundary>
    </>
  )
}

/** Page 1 knows how many pages there are. */
function NearestListPage({ page, selected }: { page: number; selected: string | null }) {
  const first = usePageData(articleIndexQuery(1))
  if (!first) return <PageSkeleton />
  return <Navigate replace to={listHref(clampPage(page, first.pageCount), selected)} />
}

function ArticleList({ page, selected }: { page: number; selected: string | null }) {
  const index = usePageData(articleIndexQuery(page))
  if (!index) return <PageSkeleton />
  return <ArticleListPage index={index} selected={selected} />
}

function ArticleListPage({ index, selected: requested }: { index: ArticleIndexPage; selected: string | null }) {
  const t = useMessages()
  const slugs = index.articles.map((article) => article.slug)
  const selected = requested !== null && slugs.includes(requested) ? requested : null
  useListShortcuts({ page: index.page, slugs, selected })
  return (
    <>
      <title>{index.page > 1 ? `${t.pageOf(index.page, index.pageCount)} — ${t.siteName}` : t.siteName}</title>
      <meta name="description" content={t.siteDescription} />
      <h1 tabIndex={-1} className="mb-8 text-sm font-bold tracking-widest text-stone-600 uppercase dark:text-stone-400">
        {t.latestArticles}
      </h1>
      {index.articles.length === 0 ? (
        <p>{t.noArticles}</p>
      ) : (
        <ol className="grid gap-10">
          {index.articles.map((article) => (
            <li key={article.slug}>
              <ArticleListItem article={article} selected={article.slug === selected} />
            </li>
          ))}
        </ol>
      )}
      <ListPagination page={index.page} pageCount={index.pageCount} />
    </>
  )
}

function ArticleListItem({ article, selected }: { article: ArticleSummary; selected: boolean }) {
  const queryClient = useQueryClient()
  // A pointer over the title, a finger pressing it or focus on it: the reader is about to open this article. Its data
  // is asked for now (once; it never goes stale), so the click finds it held or on its way rather than starting it.
  const prefetch = () => void queryClient.prefetchQuery(articleQuery(article.slug))
  return (
    <article
      id={listItemId(article.slug)}
      lang={article.lang}
      aria-labelledby={`title-${article.slug}`}
      aria-current={selected ? 'true' : undefined}
      className="list-entry"
    >
      <h2 id={`title-${article.slug}`} className="text-2xl font-bold leading-snug">
        <Link
          to={paths.article.href(article.slug)}
          className="text-stone-900 no-underline hover:underline dark:text-stone-100"
          onPointerEnter={prefetch}
          onPointerDown={prefetch}
          onFocus={prefetch}
        >
          {article.title}
        </Link>
      </h2>
      <ArticleMeta article={article} />
      <p className="mt-3 text-stone-700 dark:text-stone-300">{article.excerpt}</p>
    </article>
  )
}

function ListPagination({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useMessages()
  if (pageCount <= 1) return null
  return (
    <nav aria-label={t.pagination} className="mt-12 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link to={paths.home.href(page - 1)} rel="prev">
          ← {t.newerArticles}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600 dark:text-stone-400">{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <Link to={paths.home.href(page + 1)} rel="next">
          {t.olderArticles} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
