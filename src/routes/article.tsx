import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Link, useLocation, useNavigationType, useParams } from 'react-router'
import { ArticleBody } from '../articles/article-body.tsx'
import { ArticleHead } from '../articles/article-head.tsx'
import { ArticleMeta } from '../articles/article-meta.tsx'
import { ArticlePager } from '../articles/article-pager.tsx'
import { articleQuery } from '../articles/article-queries.ts'
import { type Article, slugPattern } from '../articles/article-schema.ts'
import { warmBodyFacesWhenIdle } from '../articles/body-faces.ts'
import { blockNumberFromHash } from '../articles/reading-position.ts'
import { useInAppLinks } from '../articles/use-in-app-links.ts'
import { useReadingPositionInUrl } from '../articles/use-reading-position-in-url.ts'
import { CommentsSection } from '../comments/comments-section.tsx'
import { useMessages } from '../i18n/messages.ts'
import { useArticleShortcuts } from '../keyboard/use-article-shortcuts.ts'
import { paths } from '../paths.ts'
import { ContinueReadingPrompt } from '../reading/continue-reading-prompt.tsx'
import { ReadingProgress } from '../reading/reading-progress.tsx'
import { useRememberPosition } from '../reading/use-remember-position.ts'
import { ArticleSharing } from '../sharing/article-sharing.tsx'
import { useSharedQuoteHighlight } from '../sharing/use-shared-quote-highlight.ts'
import { afterNextPaint } from '../ui/after-paint.ts'
import { useIsHydrating } from '../ui/use-is-hydrating.ts'
import { NotFound } from './not-found.tsx'
import { PageSkeleton } from './page-skeleton.tsx'
import { usePageData } from './use-page-data.ts'

const HIGHLIGHT_DURATION_MS = 2500

export function ArticleRoute() {
  const slug = useParams().slug ?? ''
  // Not even worth a request: no article can live at a malformed address.
  if (!slugPattern.test(slug)) return <NotFound />
  return <ArticleBySlug slug={slug} />
}

function ArticleBySlug({ slug }: { slug: string }) {
  // The skeleton until the article is in the cache; a 404 reaches the route's error boundary, which shows "not found".
  const article = usePageData(articleQuery(slug))
  if (!article) return <PageSkeleton />
  // A new article is a new reading session: fresh highlight state and a fresh position observer.
  return <ArticleView key={article.slug} article={article} />
}

function ArticleView({ article }: { article: Article }) {
  const t = useMessages()
  const articleRef = useRef<HTMLElement>(null)
  const highlightedBlock = useLandingHighlight(article.blocks.length)
  const renderedBlocks = useBlocksRenderedNow(article.blocks.length)
  const complete = renderedBlocks === article.blocks.length
  const rememberPosition = useRememberPosition(article.slug)
  useReadingPositionInUrl(articleRef, rememberPosition, complete)
  usePrefetchNeighbours(article)
  // Readers go on to the next article: its first frame should not wait for fonts this one did not use.
  useEffect(warmBodyFacesWhenIdle, [])
  useArticleShortcuts(article)
  useSharedQuoteHighlight(articleRef)
  useInAppLinks(articleRef)

  return (
    <>
      <ReadingProgress articleRef={articleRef} />
      <ContinueReadingPrompt slug={article.slug} blockCount={article.blocks.length} />
      <ArticleHead article={article} />
      <article
        ref={articleRef}
        lang={article.lang}
        aria-labelledby="article-title"
        // Until the rest of the body follows (a frame later), a screen's height keeps the footer out of sight rather
        // than flashing it up under the lead paragraph.
        className={complete ? undefined : 'min-h-screen'}
      >
        <header className="mb-8">
          <h1 id="article-title" tabIndex={-1} className="font-bold text-2xl leading-tight tracking-tight sm:text-4xl">
            {article.title}
          </h1>
          <ArticleMeta article={article} />
          <ArticleSharing articleRef={articleRef} slug={article.slug} title={article.title} />
        </header>
        <ArticleBody
          blocks={complete ? article.blocks : article.blocks.slice(0, renderedBlocks)}
          highlightedBlock={highlightedBlock}
        />
        {complete ? (
          <>
            {/* Where the text ends: the reading-position observer watches it to know when the reader has finished. */}
            <div data-article-end="" />
          </>
        ) : null}
      </article>
      <div className="after-article">
        {complete ? (
          <>
            <CommentsSection slug={article.slug} />
            <ArticlePager previous={article.previous} next={article.next} />
          </>
        ) : null}
        <p className="mt-8">
          <Link to={paths.home.href()}>← {t.backToList}</Link>
        </p>
      </div>
    </>
  )
}

/**
 * On a move inside the app, how many body blocks the first frame builds: the lead paragraph under the headline. The
 * rest of the article, its comments and Previous/Next follow right after that frame is painted (one frame later), so
 * "Next Post" shows its headline without first building and laying out everything below it. Measured on a 4x-slowed
 * CPU (bench/README.md): 0-2 blocks paint the headline ~67 ms after the click, 3 blocks ~97 ms, 6 blocks ~104 ms.
 */
const FIRST_FRAME_BLOCKS = 1

/**
 * How many body blocks to render now. Everything when hydrating or prerendering (the HTML has the whole article, and
 * hydration must match it) and on Back/Forward (the reader's place, restored at once, may be anywhere); on a move to a
 * `#p-N` beyond the first frame, up to that block (it must exist to be scrolled to).
 */
function useBlocksRenderedNow(blockCount: number): number {
  const hydrating = useIsHydrating()
  const returning = useNavigationType() === 'POP'
  const { hash } = useLocation()
  const [rendered, setRendered] = useState(() =>
    hydrating || returning
      ? blockCount
      : Math.min(blockCount, Math.max(FIRST_FRAME_BLOCKS, blockNumberFromHash(hash, blockCount) ?? 0)),
  )
  useEffect(() => {
    if (rendered < blockCount) return afterNextPaint(() => setRendered(blockCount))
  }, [rendered, blockCount])
  return rendered
}

/** The block a shared `#p-N` link pointed at, highlighted for a moment so the reader sees where they landed. */
function useLandingHighlight(blockCount: number): number | null {
  const { hash } = useLocation()
  const [highlighted, setHighlighted] = useState<number | null>(null)
  // Read on mount, not during render: prerendered HTML has no highlight, and hydration must match it.
  const landingHash = useRef(hash)
  useEffect(() => {
    const landedOn = blockNumberFromHash(landingHash.current, blockCount)
    if (landedOn === null) return
    setHighlighted(landedOn)
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_DURATION_MS)
    return () => clearTimeout(timer)
  }, [blockCount])
  return highlighted
}

/**
 * Once an article is on screen, fetch its neighbours so Previous/Next render at once, with no loading state. After the
 * first paint: starting two requests (and later parsing the answers) should not delay the article's own frame.
 */
function usePrefetchNeighbours(article: Article) {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      afterNextPaint(() => {
        for (const neighbour of [article.previous, article.next]) {
          if (neighbour) void queryClient.prefetchQuery(articleQuery(neighbour.slug))
        }
      }),
    [queryClient, article],
  )
}
