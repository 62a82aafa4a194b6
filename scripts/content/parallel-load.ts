import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { processesFor, runChunkQueue } from '../chunk-queue.ts'
import { type LoadResult, loadArticleFiles } from './load-article-file.ts'

// Parsing (Markdown above all) is synchronous CPU work, so a large catalogue is parsed by one process per core: this
// one and child processes running parallel-load-child.ts take chunks of files until none are left. A small catalogue is
// not worth a child's start-up (~0.5 s), and each child loads its own copy of the parsers, so a few are enough.
const FILES_PER_PROCESS_MIN = 500
const FILES_PER_CHUNK = 100

/** How many processes should share `files` files: one per core, none extra for a small catalogue. */
export const processesForFiles = (files: number) => processesFor(files, FILES_PER_PROCESS_MIN)

/** What a process needs to load a chunk of files: the folder they are in. */
export const chunkLoader = (contentDir: string) => (names: string[]) => loadArticleFiles(contentDir, names)

function startChild() {
  // Resolved here, not on import: this module also loads where `import.meta.url` is no file (a jsdom test).
  const childEntry = fileURLToPath(new URL('./parallel-load-child.ts', import.meta.url))
  // The child is TypeScript, so it runs under tsx's loader, whatever started this process (Vite, tsx, Vitest).
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
  // Structured clone (not JSON) keeps the parsed articles exactly as the parser made them, `undefined`s included. No
  // schema checks them on arrival: the child runs this same code, and `bundleArticles` validates every article.
  return fork(childEntry, [], { execArgv: ['--import', tsxLoader], serialization: 'advanced' })
}

/**
 * Loads `names` (files in `contentDir`) like `loadArticleFiles`, results in the order of `names`, but shared among
 * `processes` processes.
 */
export async function loadArticleFilesInParallel(
  contentDir: string,
  names: readonly string[],
  processes = processesForFiles(names.length),
): Promise<LoadResult[]> {
  if (processes <= 1) return loadArticleFiles(contentDir, names)
  return runChunkQueue({
    items: names,
    chunkSize: FILES_PER_CHUNK,
    setup: contentDir,
    start: chunkLoader,
    children: processes - 1,
    startChild,
  })
}
