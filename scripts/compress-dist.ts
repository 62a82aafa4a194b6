// Writes `.br` and `.gz` beside every compressible file in dist/ that does not have them yet, so the server sends
// compressed bytes without spending CPU per request. Run last in `npm run build`, after everything that writes into
// dist/. The prerender compresses its pages as it writes them; this compresses the rest (assets, data, feeds).
import { type ChildProcess, fork } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { hasCompressedCopies, writeCompressedCopies } from './compressed-copies.ts'
import { isCompressible } from './compressible.ts'

const distDir = path.resolve(process.argv[2] ?? 'dist')
// Compressing is CPU work, so one process per core, each compressing its share synchronously: with tens of thousands of
// small files, zlib's thread pool spends a quarter of the time handing work back and forth. A small dist is not worth
// a child's start-up.
const MAX_PROCESSES = 4
const FILES_PER_PROCESS_MIN = 500
/** The extra argument that makes this script compress the files its parent sends, and nothing else. */
const CHILD_FLAG = '--share-from-parent'

function compressibleFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

const compress = (file: string) => writeCompressedCopies(file, readFileSync(file))

const children = new Set<ChildProcess>()

/** Compresses `files` in a child process running this script; rejects if it fails (the child prints its error). */
function compressInChildProcess(files: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [distDir, CHILD_FLAG], { execArgv: process.execArgv })
    children.add(child)
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`a compression child process failed (${signal ?? `exit code ${code}`})`)),
    )
    child.send(files)
  })
}

async function main() {
  const started = performance.now()
  const compressible = compressibleFiles(distDir)
  const files = compressible.filter((file) => !hasCompressedCopies(file))
  const processes = Math.max(
    1,
    Math.min(MAX_PROCESSES, availableParallelism(), Math.floor(files.length / FILES_PER_PROCESS_MIN)),
  )
  // Each process takes every n-th file, so the few large assets and the many small data files spread evenly.
  const [own = [], ...others] = Array.from({ length: processes }, (_, share) =>
    files.filter((_, index) => index % processes === share),
  )
  try {
    // Started before this process's own share, so the children work meanwhile.
    const childrenDone = Promise.all(others.map(compressInChildProcess))
    for (const file of own) {
      // Compressing never waits for I/O, so without this the event loop would not turn until the whole share is done,
      // and a child would sit idle all that time: its list of files is larger than a pipe holds, and the rest of it
      // is written from the event loop.
      await setImmediate()
      compress(file)
    }
    await childrenDone
  } finally {
    // After a failure, stop the others rather than leave them writing into dist/ after the build has failed.
    for (const child of children) child.kill()
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `compressed ${files.length} files in ${seconds} s (${processes} process${processes === 1 ? '' : 'es'}); ` +
      `${compressible.length - files.length} had their copies already`,
  )
}

if (process.argv[3] === CHILD_FLAG) {
  const files = await new Promise<string[]>((resolve) => process.once('message', resolve))
  for (const file of files) compress(file)
  process.disconnect()
} else {
  await main()
}
