import { absoluteUrlFor } from '../../src/site-url.ts'
import { SITEMAP_PATH } from './sitemap.ts'

/** Everything may be crawled; the `Sitemap` line (absolute by definition) only when the origin is known. */
export function robotsTxt(siteUrl: string | null): string {
  const sitemap = absoluteUrlFor(siteUrl, SITEMAP_PATH)
  return ['User-agent: *', 'Allow: /', ...(sitemap === null ? [] : ['', `Sitemap: ${sitemap}`]), ''].join('\n')
}
