import { type ChildProcess, fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type LoadResult, loadArticleFiles } from './load-article-file.ts'

// Parsing (Markdown above all) is synchronous CPU work, so a large catalogue is parsed by one process per core: this
// one and child processes running parallel-load-child.ts. A small catalogue is not worth a child's start-up (~0.5 s),
// and each child loads its own copy of the parsers, so a few are enough.
const MAX_PROCESSES = 4
const FILES_PER_PROCESS_MIN = 500

/** What the parent sends a child: the files to load. */
export interface LoadRequest {
  contentDir: string
  names: string[]
}

/**
 * What a child sends back, several times: the results for its next files, in the order it was sent them. No schema
 * checks it: the child runs this same code, and `bundleArticles` validates every article before writing it.
 */
export interface LoadedChunk {
  results: LoadResult[]
}

/** How many processes should share `files` files: one per core, none extra for a small catalogue. */
export function processesFor(files: number): number {
  return Math.max(1, Math.min(MAX_PROCESSES, availableParallelism(), Math.floor(files / FILES_PER_PROCESS_MIN)))
}

function loadInChildProcess(
  request: LoadRequest,
  onResults: (offset: number, results: LoadResult[]) => void,
  children: ChildProcess[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Resolved here, not on import: this module also loads where `import.meta.url` is no file (a jsdom test).
    const childEntry = fileURLToPath(new URL('./parallel-load-child.ts', import.meta.url))
    // The child is TypeScript, so it runs under tsx's loader, whatever started this process (Vite, tsx, Vitest).
    const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
    // Structured clone (not JSON) keeps the parsed articles exactly as the parser made them, `undefined`s included.
    const child = fork(childEntry, [], { execArgv: ['--import', tsxLoader], serialization: 'advanced' })
    children.push(child)
    let received = 0
    child.on('message', ({ results }: LoadedChunk) => {
      onResults(received, results)
      received += results.length
    })
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0 && received === request.names.length) resolve()
      else
        reject(
          new Error(
            code === 0
              ? `a content child process ended after ${received} of its ${request.names.length} files`
              : `a content child process failed (${signal ?? `exit code ${code}`})`,
          ),
        )
    })
    child.send(request)
  })
}

/**
 * Loads `names` (files in `contentDir`) like `loadArticleFiles`, results in the order of `names`, but shared among
 * `processes` processes. Each takes every n-th file, so each gets a like mix of long and short, .md and .txt.
 */
export async function loadArticleFilesInParallel(
  contentDir: string,
  names: readonly string[],
  processes = processesFor(names.length),
): Promise<LoadResult[]> {
  if (processes <= 1) return loadArticleFiles(contentDir, names)
  const [own = [], ...others] = Array.from({ length: processes }, (_, share) =>
    names.flatMap((_, index) => (index % processes === share ? [index] : [])),
  )
  const results: LoadResult[] = new Array(names.length)
  const place = (indices: number[], offset: number, loaded: LoadResult[]) => {
    for (const [position, result] of loaded.entries()) results[indices[offset + position] as number] = result
  }
  const children: ChildProcess[] = []
  try {
    await Promise.all([
      ...others.map((indices) =>
        loadInChildProcess(
          { contentDir, names: indices.map((index) => names[index] as string) },
          (offset, loaded) => place(indices, offset, loaded),
          children,
        ),
      ),
      loadArticleFiles(
        contentDir,
        own.map((index) => names[index] as string),
      ).then((loaded) => place(own, 0, loaded)),
    ])
  } finally {
    // After a failure, stop the others rather than leave them parsing for a build that has already failed.
    for (const child of children) child.kill()
  }
  return results
}
