import { Link } from 'react-router'
import { useMessages } from '../i18n/messages.ts'
import { paths } from '../paths.ts'
import type { Neighbour } from './article-schema.ts'

/** Previous and Next Post, showing where each goes; a missing neighbour leaves no dead link behind. */
export function ArticlePager({ previous, next }: { previous: Neighbour | null; next: Neighbour | null }) {
  const t = useMessages()
  if (!previous && !next) return null
  return (
    <nav
      aria-label={t.postNavigation}
      className="mt-12 grid gap-4 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800"
    >
      {previous ? (
        <Link to={paths.article.href(previous.slug)} rel="prev" className="pager-link">
          <span className="pager-label">
            <span aria-hidden="true">← </span>
            {t.previousPost}
          </span>
          <span className="pager-title" lang={previous.lang}>
            {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={paths.article.href(next.slug)} rel="next" className="pager-link sm:text-right">
          <span className="pager-label">
            {t.nextPost}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="pager-title" lang={next.lang}>
            {next.title}
          </span>
        </Link>
      ) : null}
    </nav>
  )
}
