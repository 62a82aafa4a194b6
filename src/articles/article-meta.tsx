import { useMessages } from '../i18n/messages.ts'
import { useUiLocale } from '../preferences/preferences-store.ts'
import type { Article } from './article-schema.ts'

/**
 * Date, author and reading time, each only when known. The date is written in the article's language (the element's
 * own, inherited); "by …" and the reading time are the interface's words, marked as such.
 */
export function ArticleMeta({
  article,
}: {
  article: Pick<Article, 'date' | 'dateLabel' | 'author' | 'readingMinutes'>
}) {
  const t = useMessages()
  const uiLocale = useUiLocale()
  const parts = [
    article.date && article.dateLabel ? (
      <time key="date" dateTime={article.date}>
        {article.dateLabel}
      </time>
    ) : null,
    article.author ? (
      <span key="author" lang={uiLocale}>
        {t.byAuthor(article.author)}
      </span>
    ) : null,
    <span key="reading" lang={uiLocale}>
      {t.minutesRead(article.readingMinutes)}
    </span>,
  ].filter((part) => part !== null)
  return (
    <p className="mt-3 flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
      {parts.map((part, index) => (
        <span key={part.key} className="inline-flex gap-x-3">
          {index > 0 ? <span aria-hidden="true">·</span> : null}
          {part}
        </span>
      ))}
    </p>
  )
}
