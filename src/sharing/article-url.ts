import { paths } from '../paths.ts'
import { absoluteUrl } from '../site-url.ts'

/** The canonical address of an article: on SITE_URL when it is set, else on the origin the reader is using. */
export function articleShareUrl(slug: string): string {
  const path = paths.article.href(slug)
  return absoluteUrl(path) ?? new URL(path, window.location.origin).href
}
