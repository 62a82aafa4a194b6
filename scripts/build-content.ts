/**
 * Builds the bundled article data outside Vite (benchmarks, prerendering, checking content in CI):
 *
 *   tsx scripts/build-content.ts [contentDir=content/articles] [siteRoot=.]
 *
 * Writes `<siteRoot>/data/…` atomically and prints the article and page counts and the time taken. On any problem
 * it prints every `file:line: reason` and exits with code 1, leaving the previous data untouched.
 */
import { performance } from 'node:perf_hooks'
import { buildContent } from './content/build-content.ts'
import { ContentError, formatIssue } from './content/content-error.ts'
import { writeContent } from './content/write-content.ts'

const [contentDir = 'content/articles', siteRoot = '.'] = process.argv.slice(2)
const started = performance.now()
try {
  const build = await buildContent(contentDir)
  const files = await writeContent(siteRoot, build.files())
  const elapsed = Math.round(performance.now() - started)
  console.log(`Built ${build.articles} articles and ${build.pages} index pages (${files} files) in ${elapsed} ms`)
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`Content build failed with ${error.issues.length} problem(s):`)
    for (const issue of error.issues) console.error(formatIssue(issue))
  } else {
    console.error(error)
  }
  process.exitCode = 1
}
