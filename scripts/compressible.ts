import path from 'node:path'

/** Text formats worth compressing; images and fonts are compressed already. One list for the build and the server. */
const compressibleExtensions = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg', '.map'])
/** Below this, compression saves less than the header it costs. */
export const MIN_COMPRESSIBLE_BYTES = 1024

export function isCompressible(file: string): boolean {
  return compressibleExtensions.has(path.extname(file).toLowerCase())
}
