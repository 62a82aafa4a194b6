// Writes `.br` and `.gz` beside every compressible file in dist/, so the server sends compressed bytes without spending
// CPU per request. Run last in `npm run build`, after everything that writes into dist/.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { isCompressible, MIN_COMPRESSIBLE_BYTES } from './compressible.ts'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const distDir = path.resolve(process.argv[2] ?? 'dist')
// Compressing is CPU work on zlib's thread pool; a few files at a time keeps both cores busy without a memory spike.
const CONCURRENCY = 4
// Hashed assets are compressed once and downloaded by every reader: worth brotli's slowest, smallest setting. Pages
// and data are many (one per article) and small, where a middle setting is nearly as small and far faster.
const brotliQualityFor = (file: string) => (file.includes(`${path.sep}assets${path.sep}`) ? 11 : 6)

async function* compressibleFiles(directory: string): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const file = path.join(directory, entry.name)
    if (entry.isDirectory()) yield* compressibleFiles(file)
    else if (isCompressible(file)) yield file
  }
}

async function writeAtomically(file: string, content: Uint8Array) {
  await writeFile(`${file}.tmp`, content)
  await rename(`${file}.tmp`, file)
}

async function compress(file: string): Promise<void> {
  const content = await readFile(file)
  if (content.length < MIN_COMPRESSIBLE_BYTES) return
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQualityFor(file),
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9 }),
  ])
  await Promise.all([writeAtomically(`${file}.br`, br), writeAtomically(`${file}.gz`, gz)])
}

async function main() {
  const started = performance.now()
  const running = new Set<Promise<unknown>>()
  let files = 0
  for await (const file of compressibleFiles(distDir)) {
    const job: Promise<unknown> = compress(file).then(() => running.delete(job))
    running.add(job)
    files++
    if (running.size >= CONCURRENCY) await Promise.race(running)
  }
  await Promise.all(running)
  console.log(`compressed ${files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

await main()
