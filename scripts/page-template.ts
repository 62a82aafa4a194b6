import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Stylesheet } from './critical-css/critical-css.ts'

/**
 * The hashes a Content-Security-Policy needs to allow the inline elements the page templates carry: their stylesheets.
 * No page carries an inline script (decision 012), so the policy allows none.
 */
export interface InlineHashes {
  styles: string[]
}

/** Where the build records them for the server (`server/security-headers.ts`). */
export const INLINE_HASHES_FILE = 'inline-hashes.json'

export function cspHash(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`
}

const stylesheetLink = /<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/[^"]+\.css)">/g
const moduleScripts = /\s*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)/g

/** The one stylesheet `vite build` links from the app shell, read from dist/. */
export async function shellStylesheet(shell: string, distDir: string): Promise<Stylesheet> {
  const links = [...shell.matchAll(stylesheetLink)]
  const [link, href] = links[0] ?? []
  if (links.length !== 1 || !link || !href) {
    throw new Error(`the app shell should link exactly one stylesheet from /assets/, not ${links.length}`)
  }
  return { link, href, css: (await readFile(path.join(distDir, href), 'utf8')).trim() }
}

/**
 * Turns the app shell into the template for one kind of prerendered page, so the first paint waits for one response
 * only:
 * - the rules that page's first paint needs (`criticalCss`) are inlined in the head; the CSP allows exactly them by
 *   hash. There is no script before the first paint at all: the server writes the reader's preferences into the page
 *   (src/preferences/preferences-cookie.ts);
 * - the full stylesheet is linked in the body, not the head, so the first paint does not wait for it. The template links
 *   it at the end of `<body>`; an article's page moves the link up to just after its opening blocks
 *   (`pageDocument`, decision 017);
 * - with `paintWaitsFor` (an element id), the browser holds the first paint until that element is in the document
 *   (`<link rel="expect" blocking="render">`). Parsing the inlined rules takes long enough on a slow phone that the
 *   parser would otherwise stop for a frame part-way into the body: a first paint of the header alone, and the
 *   article's opening paragraph (its largest contentful paint) one frame later;
 * - the module script and its preloads follow the stylesheet, so the app's JavaScript starts downloading after the
 *   page's HTML instead of competing with it for a slow connection.
 */
export function pageTemplate(
  shell: string,
  stylesheet: Stylesheet,
  criticalCss: string,
  { paintWaitsFor }: { paintWaitsFor?: string } = {},
): string {
  if (/<\/(?:style|script)/i.test(criticalCss)) {
    throw new Error(`${stylesheet.href} cannot be inlined: it contains a closing tag`)
  }
  if (paintWaitsFor !== undefined && !/^[\w-]+$/.test(paintWaitsFor)) {
    throw new Error(`"${paintWaitsFor}" is not an element id the template can name`)
  }
  const expect = paintWaitsFor ? `<link rel="expect" href="#${paintWaitsFor}" blocking="render">` : ''
  const withoutLink = shell.replace(stylesheet.link, () => `${expect}<style>${criticalCss}</style>`)
  const modules = [...withoutLink.matchAll(moduleScripts)].map(([tag]) => tag.trim())
  return withoutLink.replace(moduleScripts, '').replace('</body>', () => `${stylesheet.link}${modules.join('')}</body>`)
}
