import { readdir } from 'node:fs/promises'
import path from 'node:path'
import * as v from 'valibot'
import {
  type ArticleSummary,
  articleIndexPageSchema,
  articleSchema,
  articleSummarySchema,
  dataPaths,
  INDEX_PAGE_SIZE,
  type Neighbour,
} from '../../src/articles/article-schema.ts'
import { parseOrThrow } from '../../src/validation.ts'
import { excerptOf, readingMinutesOf } from './article-text.ts'
import { ContentError, type ContentIssue } from './content-error.ts'
import { formatArticleDate } from './format-date.ts'
import { displayPath, type LoadedArticle } from './load-article-file.ts'
import { openGraphLocale } from './open-graph-locale.ts'
import { loadArticleFilesInParallel } from './parallel-load.ts'

export interface ContentBuild {
  articles: number
  pages: number
  /**
   * Every output file as `[path, json]`, path as in `dataPaths` (`/data/articles/x.json`). Produced lazily, one at
   * a time, so a writer can stream 10,000 articles without holding all of their JSON at once. Each object is
   * validated against the shared schema before it is serialised.
   */
  files(): Generator<[string, string]>
}

/** Reads and parses every article, collecting the problems of all files before failing. */
export async function loadArticles(contentDir: string): Promise<LoadedArticle[]> {
  let entries: import('node:fs').Dirent[]
  try {
    entries = await readdir(contentDir, { withFileTypes: true })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ContentError([
      { file: displayPath(contentDir), line: 1, reason: `cannot read the content folder: ${reason}` },
    ])
  }
  // Dotfiles (.gitkeep, .DS_Store) are tooling, not articles.
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))
  const issues: ContentIssue[] = []
  const loaded: LoadedArticle[] = []
  const fileNames: string[] = []
  for (const entry of names) {
    if (entry.isFile()) fileNames.push(entry.name)
    else issues.push({ file: displayPath(path.join(contentDir, entry.name)), line: 1, reason: 'not an article file' })
  }
  for (const result of await loadArticleFilesInParallel(contentDir, fileNames)) {
    if (Array.isArray(result)) issues.push(...result)
    else loaded.push(result)
  }
  const firstFileOf = new Map<string, string>()
  for (const { slug, file } of loaded) {
    const first = firstFileOf.get(slug)
    if (first === undefined) firstFileOf.set(slug, file)
    else issues.push({ file, line: 1, reason: `duplicate slug "${slug}": ${first} has the same name` })
  }
  if (issues.length > 0) throw new ContentError(issues)
  return loaded
}

/**
 * Home-list order, which is also reading order: newest date first, undated articles after all dated ones,
 * ties (and the undated) by slug so the order never depends on the file system.
 */
export function compareReadingOrder(
  a: { slug: string; date?: string | undefined },
  b: { slug: string; date?: string | undefined },
): number {
  if (a.date !== undefined && b.date !== undefined) {
    const difference = Date.parse(b.date) - Date.parse(a.date)
    if (difference !== 0) return difference
  } else if (a.date !== b.date) {
    return a.date === undefined ? 1 : -1
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
}

/** Turns parsed articles into the bundled data: one file per article plus the paged index. */
export function bundleArticles(loaded: readonly LoadedArticle[]): ContentBuild {
  const ordered = [...loaded].sort((a, b) =>
    compareReadingOrder(
      { slug: a.slug, date: a.article.frontMatter.date },
      { slug: b.slug, date: b.article.frontMatter.date },
    ),
  )
  const summaries: ArticleSummary[] = ordered.map(({ slug, article }) => {
    const { date, lang, tags, summary } = article.frontMatter
    return parseOrThrow(articleSummarySchema, {
      slug,
      title: article.title,
      excerpt: excerptOf(article.blocks, summary),
      date,
      dateLabel: date === undefined ? undefined : formatArticleDate(date, lang),
      readingMinutes: readingMinutesOf(article.blocks, lang),
      tags,
      lang,
    })
  })
  const neighbour = (index: number): Neighbour | null => {
    const summary = summaries[index]
    return summary ? { slug: summary.slug, title: summary.title, lang: summary.lang } : null
  }
  const pages = Math.max(1, Math.ceil(summaries.length / INDEX_PAGE_SIZE))

  return {
    articles: ordered.length,
    pages,
    *files() {
      for (const [index, { slug, file, article }] of ordered.entries()) {
        const { excerpt, dateLabel, readingMinutes, lang } = summaries[index] as ArticleSummary
        const result = v.safeParse(articleSchema, {
          ...article.frontMatter,
          slug,
          title: article.title,
          excerpt,
          dateLabel,
          openGraphLocale: openGraphLocale(lang),
          readingMinutes,
          blocks: article.blocks,
          previous: neighbour(index - 1),
          next: neighbour(index + 1),
        })
        if (!result.success) {
          throw new ContentError([
            { file, line: 1, reason: `generated data is invalid:\n${v.summarize(result.issues)}` },
          ])
        }
        yield [dataPaths.article(slug), JSON.stringify(result.output)]
      }
      for (let page = 1; page <= pages; page++) {
        const indexPage = parseOrThrow(articleIndexPageSchema, {
          page,
          pageCount: pages,
          pageSize: INDEX_PAGE_SIZE,
          total: summaries.length,
          articles: summaries.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE),
        })
        yield [dataPaths.indexPage(page), JSON.stringify(indexPage)]
      }
    },
  }
}

/** Parses and validates every file in `contentDir`; throws one `ContentError` listing every problem. */
export async function buildContent(contentDir: string): Promise<ContentBuild> {
  return bundleArticles(await loadArticles(contentDir))
}
