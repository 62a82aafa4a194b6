import type { Block } from '../../src/articles/article-schema.ts'
import type { FrontMatter } from './front-matter.ts'

/** What either parser makes of one file, before the build gives it a slug, neighbours and derived fields. */
export interface ParsedArticle {
  title: string
  frontMatter: Omit<FrontMatter, 'title'>
  blocks: Block[]
}
