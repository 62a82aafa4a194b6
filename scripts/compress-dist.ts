// Writes `.br` and `.gz` beside every compressible file in dist/ that does not have them yet, so the server sends
// compressed bytes without spending CPU per request. Run last in `npm run build`, after everything that writes into
// dist/. The prerender compresses its pages as it writes them; this compresses the rest (assets, data, feeds).
import { fork } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { processesFor, runChunkQueue, serveChunks } from './chunk-queue.ts'
import { hasCompressedCopies, writeCompressedCopies } from './compressed-copies.ts'
import { isCompressible } from './compressible.ts'

const distDir = path.resolve(process.argv[2] ?? 'dist')
// Compressing is CPU work, so one process per core, each taking chunks of files and compressing them synchronously: with
// tens of thousands of small files, zlib's thread pool spends a quarter of the time handing work back and forth. A small
// dist is not worth a child's start-up.
const FILES_PER_PROCESS_MIN = 500
const FILES_PER_CHUNK = 100
const BYTES_PER_CHUNK = 256 * 1024
/** The extra argument that makes this script compress the chunks its parent sends, and nothing else. */
const CHILD_FLAG = '--share-from-parent'

function compressibleFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

function compressFiles(groups: string[][]): never[] {
  for (const file of groups.flat()) writeCompressedCopies(file, readFileSync(file))
  return []
}

/**
 * Groups the files into chunks of work of a like size: largest first, each big file alone (a hashed asset takes a
 * second or more at the highest settings), small ones together, so no process is handed all the slow ones at once.
 */
function groupsOfLikeSize(files: string[]): string[][] {
  const bySize = files.map((file) => ({ file, size: statSync(file).size })).sort((a, b) => b.size - a.size)
  const groups: string[][] = []
  let group: string[] = []
  let groupBytes = 0
  for (const { file, size } of bySize) {
    group.push(file)
    groupBytes += size
    if (groupBytes >= BYTES_PER_CHUNK || group.length >= FILES_PER_CHUNK) {
      groups.push(group)
      group = []
      groupBytes = 0
    }
  }
  if (group.length > 0) groups.push(group)
  return groups
}

async function main() {
  const started = performance.now()
  const compressible = compressibleFiles(distDir)
  const files = compressible.filter((file) => !hasCompressedCopies(file))
  const processes = processesFor(files.length, FILES_PER_PROCESS_MIN)
  await runChunkQueue({
    items: groupsOfLikeSize(files),
    chunkSize: 1,
    setup: null,
    start: () => compressFiles,
    children: processes - 1,
    // This same script, with the same loader flags (so tsx applies). A failing child prints its own error.
    startChild: () => fork(fileURLToPath(import.meta.url), [distDir, CHILD_FLAG], { execArgv: process.execArgv }),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `compressed ${files.length} files in ${seconds} s (${processes} process${processes === 1 ? '' : 'es'}); ` +
      `${compressible.length - files.length} had their copies already`,
  )
}

if (process.argv[3] === CHILD_FLAG) {
  await serveChunks(() => compressFiles)
} else {
  await main()
}
