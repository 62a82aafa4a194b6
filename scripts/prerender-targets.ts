import { paths } from '../src/paths.ts'
import { NOT_FOUND_URL } from '../src/prerender-state.ts'

/** A page the build prerenders. */
export type PrerenderTarget = { kind: 'home'; page: number } | { kind: 'article'; slug: string } | { kind: 'not-found' }

/**
 * Where each prerendered page lives in dist/, and the URL it was rendered for. The production server uses the same
 * mapping to find the file for a request, so the two can never disagree.
 */
export function prerenderedFile(target: PrerenderTarget): { url: string; file: string } {
  switch (target.kind) {
    case 'home':
      return {
        url: paths.home.href(target.page),
        file: target.page === 1 ? 'index.html' : `page/${target.page}/index.html`,
      }
    case 'article':
      return { url: paths.article.href(target.slug), file: `articles/${target.slug}/index.html` }
    case 'not-found':
      return { url: NOT_FOUND_URL, file: '404.html' }
  }
}

/** The untouched app shell, kept for any URL the build did not render. */
export const APP_SHELL_FILE = 'shell.html'
