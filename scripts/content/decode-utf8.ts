import { ContentError } from './content-error.ts'

/**
 * Decodes a file strictly: a stray Latin-1 or Windows-1252 byte fails the build (with its line) instead of turning
 * into U+FFFD in a headline. The BOM, if any, is dropped by the decoder.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ContentError([
      { file, line: lineOfInvalidUtf8(bytes), reason: 'not valid UTF-8 text (save the file as UTF-8)' },
    ])
  }
}

/** A newline byte is never part of a multi-byte UTF-8 sequence, so decoding line by line finds the bad line. */
function lineOfInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let line = 1
  let start = 0
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue
    try {
      decoder.decode(bytes.subarray(start, index))
    } catch {
      return line
    }
    line++
    start = index + 1
  }
  return 1
}
