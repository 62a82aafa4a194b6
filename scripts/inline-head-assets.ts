import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The hashes a Content-Security-Policy needs to allow the inline elements a page template carries: its stylesheets.
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

/**
 * Turns the app shell into the template for prerendered pages, so the first paint waits for one response only:
 * - the stylesheet is inlined (each page then needs no other request to paint; the CSP allows exactly it by hash).
 *   There is no script before the first paint at all: the server writes the reader's preferences into the page
 *   (src/preferences/preferences-cookie.ts);
 * - the module script and its preloads move to the end of `<body>`, so the app's JavaScript starts downloading after
 *   the page's HTML instead of competing with it for a slow connection.
 */
export async function inlineHeadAssets(
  shell: string,
  distDir: string,
): Promise<{ template: string; hashes: InlineHashes }> {
  const hashes: InlineHashes = { styles: [] }
  const readAsset = async (url: string) => {
    const content = (await readFile(path.join(distDir, url), 'utf8')).trim()
    if (/<\/(?:style|script)/i.test(content)) throw new Error(`${url} cannot be inlined: it contains a closing tag`)
    return content
  }

  let template = shell
  for (const [link, url] of [...shell.matchAll(stylesheetLink)]) {
    const css = await readAsset(url ?? '')
    hashes.styles.push(cspHash(css))
    template = template.replace(link, () => `<style>${css}</style>`)
  }
  const modules = [...template.matchAll(moduleScripts)].map(([tag]) => tag.trim())
  template = template.replace(moduleScripts, '').replace('</body>', () => `${modules.join('')}</body>`)
  return { template, hashes }
}
