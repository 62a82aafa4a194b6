import { createHash } from 'node:crypto'

/**
 * Atom ids must be absolute IRIs that never change, or feed readers show an article twice. The article's URL would
 * change with SITE_URL (and is not absolute without it), so ids are name-based UUIDs (RFC 9562 version 5) of the slug
 * in Warta's own namespace: the same slug gives the same id on every build and every domain.
 */
const WARTA_NAMESPACE = 'd6a3b1f2-5c4e-4f0a-9b7d-2e8c1a6f3b90'

export function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export const feedId = (): string => `urn:uuid:${uuidV5(WARTA_NAMESPACE, 'feed')}`
export const articleEntryId = (slug: string): string => `urn:uuid:${uuidV5(WARTA_NAMESPACE, `article:${slug}`)}`
