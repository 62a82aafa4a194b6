import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { dataPaths, slugPattern } from '../src/articles/article-schema.ts'

/** Whether comments may be read or written for a slug. Checked per request, so a redeploy needs no restart. */
export type ArticleExists = (slug: string) => Promise<boolean>

const anyFile = async (files: string[]) => {
  for (const file of files) {
    try {
      if ((await stat(file)).isFile()) return true
    } catch {
      // not this one
    }
  }
  return false
}

/** Production: an article exists iff the content build wrote its data file. */
export const articleInDist =
  (distDir: string): ArticleExists =>
  async (slug) =>
    slugPattern.test(slug) && anyFile([join(distDir, dataPaths.article(slug))])

/** Vite dev: there is no dist yet, so the source file decides. */
export const articleInContent =
  (contentDir: string): ArticleExists =>
  async (slug) =>
    slugPattern.test(slug) && anyFile([join(contentDir, `${slug}.txt`), join(contentDir, `${slug}.md`)])
