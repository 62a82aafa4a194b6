import { blockAnchorId } from '../paths.ts'

const blockHashPattern = /^#p-([1-9]\d{0,5})$/

/**
 * The body block a URL hash points at, or null when the hash is absent, malformed (`#p-abc`, `#p-0`) or past the end of
 * the article (`#p-999`): such links open at the top instead of failing.
 */
export function blockNumberFromHash(hash: string, blockCount: number): number | null {
  const match = blockHashPattern.exec(hash)
  if (!match) return null
  const blockNumber = Number(match[1])
  return blockNumber <= blockCount ? blockNumber : null
}

export function hashForBlock(blockNumber: number | null): string {
  return blockNumber === null ? '' : `#${blockAnchorId(blockNumber)}`
}
