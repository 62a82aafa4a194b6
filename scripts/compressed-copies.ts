import { renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { MIN_COMPRESSIBLE_BYTES } from './compressible.ts'

const isAsset = (file: string) => file.includes(`${path.sep}assets${path.sep}`)
/** Hashed assets are compressed once and downloaded by every reader: worth the slowest, smallest settings. */
const ASSET_COMPRESSION = { brotliQuality: 11, gzipLevel: 9 }
/**
 * Pages and data are many (one per article) and small, where middle settings are nearly as small and far faster
 * (measured on 400 article pages: brotli 11 would take ~10× as long as 6; gzip 9 takes 25 % longer than 6 for 0.6 %
 * fewer bytes; brotli 5 is no faster than 6, and brotli 4 saves a third of the time for 9 % more bytes).
 */
export const PAGE_COMPRESSION = { brotliQuality: 6, gzipLevel: 6 }
const compressionFor = (file: string) => (isAsset(file) ? ASSET_COMPRESSION : PAGE_COMPRESSION)

function writeAtomically(file: string, content: Uint8Array): void {
  // Beside the target, then renamed, so the server never serves half a file.
  writeFileSync(`${file}.tmp`, content)
  renameSync(`${file}.tmp`, file)
}

/**
 * Writes `<file>.br` and `<file>.gz` from `content`, the bytes `file` holds, so the server sends compressed bytes
 * without spending CPU per request. Files too small to gain anything get no copies. `gzip`, if given, makes the .gz
 * instead of `gzipSync`: the prerender's faster equivalent for pages (gzip-shared-middle.ts, at `PAGE_COMPRESSION`).
 */
export function writeCompressedCopies(file: string, content: Uint8Array, gzip?: () => Uint8Array): void {
  if (content.length < MIN_COMPRESSIBLE_BYTES) return
  const { brotliQuality, gzipLevel } = compressionFor(file)
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  })
  writeAtomically(`${file}.br`, br)
  writeAtomically(`${file}.gz`, gzip ? gzip() : gzipSync(content, { level: gzipLevel }))
}

const modifiedMs = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Number.NEGATIVE_INFINITY

/**
 * True when `file` already has both copies and neither is older than the file, i.e. they were written from its
 * current bytes (the prerender compresses each page as it writes it). A file rewritten since, or never
 * compressed, gets false.
 */
export function hasCompressedCopies(file: string): boolean {
  const written = modifiedMs(file)
  return modifiedMs(`${file}.br`) >= written && modifiedMs(`${file}.gz`) >= written
}
