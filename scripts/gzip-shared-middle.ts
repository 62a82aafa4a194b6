import { constants, crc32, deflateRawSync } from 'node:zlib'

/** How far back a deflate match may reach: what the decoder still holds when the next part starts. */
const WINDOW_BYTES = 32 * 1024
/** A gzip member header as `gzipSync` writes it: deflate, no flags, no modification time, Unix. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])

/** CRC-32 continued over `data`. Node 20's `crc32` returns 0 for some empty buffers instead of `value`. */
const crcOver = (data: Uint8Array, value: number) => (data.length === 0 ? value : crc32(data, value))

/**
 * gzip for documents that are `before + shared + after` with the same `shared` bytes in every one: a prerendered
 * page carries the inlined stylesheet of its kind of page (much of its bytes) between its own head and body. The shared
 * part is deflated once; per document only its own parts are, and the three are joined into one gzip stream, as
 * pigz joins the blocks it deflates in parallel:
 * - each part but the last ends with a sync flush, so it stops on a byte boundary without a final block;
 * - the shared part is deflated with no history, so it refers only to itself, whatever comes before it;
 * - `after` is deflated with the 32 kB the decoder has just produced as its dictionary, so it can still refer back
 *   into the shared part (and `before`) as a single deflate pass would.
 * The output is ordinary gzip that any decoder reads; it is about as small as `gzipSync` at the same level.
 */
export function gzipWithSharedMiddle(
  shared: Uint8Array,
  level: number,
): (before: Uint8Array, after: Uint8Array) => Buffer {
  const sharedDeflated = deflateRawSync(shared, { level, finishFlush: constants.Z_SYNC_FLUSH })
  const sharedTail = shared.subarray(Math.max(0, shared.length - WINDOW_BYTES))

  return (before, after) => {
    const beforeDeflated = deflateRawSync(before, { level, finishFlush: constants.Z_SYNC_FLUSH })
    const history =
      sharedTail.length === WINDOW_BYTES
        ? sharedTail
        : Buffer.concat([before.subarray(Math.max(0, before.length - (WINDOW_BYTES - shared.length))), shared])
    const afterDeflated = deflateRawSync(after, history.length > 0 ? { level, dictionary: history } : { level })
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(crcOver(after, crcOver(shared, crcOver(before, 0))), 0)
    trailer.writeUInt32LE((before.length + shared.length + after.length) % 2 ** 32, 4)
    return Buffer.concat([GZIP_HEADER, beforeDeflated, sharedDeflated, afterDeflated, trailer])
  }
}
