/**
 * Every route pattern and its href builder, defined once. Components and tests build links from here so a URL scheme
 * change is one edit.
 */
export const paths = {
  home: {
    pattern: '/',
    href: (page = 1) => (page > 1 ? `/?page=${page}` : '/'),
  },
  article: {
    pattern: '/articles/:slug',
    href: (slug: string, blockNumber?: number) =>
      `/articles/${encodeURIComponent(slug)}${blockNumber ? `#${blockAnchorId(blockNumber)}` : ''}`,
  },
} as const

/** The id of the N-th (1-based) body block; the URL hash `#p-N` points at it. */
export function blockAnchorId(blockNumber: number): string {
  return `p-${blockNumber}`
}

/**
 * The id of the route announcer, the last element of every page (root-layout.tsx). A prerendered page whose first
 * paint waits for it has its header, content and footer parsed by then (scripts/prerender.ts: paintWaitsFor).
 */
export const routeAnnouncerId = 'route-announcer'
