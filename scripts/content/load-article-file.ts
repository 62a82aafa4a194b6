import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { slugPattern } from '../../src/articles/article-schema.ts'
import { ContentError, type ContentIssue } from './content-error.ts'
import { decodeUtf8 } from './decode-utf8.ts'
import { parseMarkdownArticle } from './parse-markdown-article.ts'
import { parseScrapedArticle } from './parse-scraped-article.ts'
import type { ParsedArticle } from './parsed-article.ts'

const parsers: Readonly<Record<string, (text: string, fileName: string) => ParsedArticle>> = {
  '.txt': parseScrapedArticle,
  '.md': parseMarkdownArticle,
}

/** Enough parallel reads to keep the disk busy without running out of file handles on 10,000 files. */
const READ_CONCURRENCY = 32

export interface LoadedArticle {
  slug: string
  file: string
  article: ParsedArticle
}

/** One file's outcome: the parsed article, or every problem found in it. */
export type LoadResult = LoadedArticle | ContentIssue[]

/** Paths in messages are relative to where the command runs, so terminals and editors can open them. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/** Reads and parses one article file; problems are returned (as data), never thrown. */
export async function loadArticleFile(contentDir: string, name: string): Promise<LoadResult> {
  const absolute = path.join(contentDir, name)
  const file = displayPath(absolute)
  const extension = path.extname(name)
  const slug = path.basename(name, extension)
  const parse = parsers[extension.toLowerCase() === extension ? extension : '']
  if (parse === undefined) {
    return [{ file, line: 1, reason: `unsupported file type "${extension || name}": articles are .txt or .md` }]
  }
  const issues: ContentIssue[] = []
  if (!slugPattern.test(slug)) {
    issues.push({ file, line: 1, reason: `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens` })
  }
  try {
    const article = parse(decodeUtf8(await readFile(absolute), file), file)
    return issues.length > 0 ? issues : { slug, file, article }
  } catch (error) {
    if (error instanceof ContentError) return [...issues, ...error.issues]
    return [...issues, { file, line: 1, reason: error instanceof Error ? error.message : String(error) }]
  }
}

/** Loads `names` (files in `contentDir`) in this process, a few reads at a time; results in the order of `names`. */
export async function loadArticleFiles(contentDir: string, names: readonly string[]): Promise<LoadResult[]> {
  const results: LoadResult[] = []
  for (let start = 0; start < names.length; start += READ_CONCURRENCY) {
    const batch = names.slice(start, start + READ_CONCURRENCY)
    results.push(...(await Promise.all(batch.map((name) => loadArticleFile(contentDir, name)))))
  }
  return results
}
