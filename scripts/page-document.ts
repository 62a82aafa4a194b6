import type { RenderedPage } from '../src/entry-server.tsx'

const titleElement = /<title>[^<]*<\/title>/
const emptyRoot = /<div id="root"[^>]*>(?=<\/div>)/
const stylesheetLink = /<link rel="stylesheet"[^>]*>/

/**
 * Where in the page's body an element with this id starts, if it has one. React escapes quotes and `<` in text and
 * attribute values, so ` id="…"` can only be an attribute of a tag, and the last `<` before it opens that tag.
 */
function elementStart(body: string, id: string): number {
  const attribute = body.indexOf(` id="${id}"`)
  return attribute === -1 ? -1 : body.lastIndexOf('<', attribute)
}

/** A prerendered page's bytes, in three pieces: the document is `before`, then `shared`, then `after`. */
export interface PageBytes {
  /** The template's start and the page's head. */
  before: Buffer
  /** The template from the page head to the page body (the inlined stylesheet): the same in every page of a kind. */
  shared: Buffer
  /** The page's body and state, and the template's end. */
  after: Buffer
}

export const documentOf = ({ before, shared, after }: PageBytes): Buffer => Buffer.concat([before, shared, after])

/**
 * Cuts the page template once at the three places a prerendered page fills (the `<title>`, the empty
 * `<div id="root">`, the end of `<body>`) and encodes the pieces, so each of ten thousand pages is joined from
 * ready bytes: the inlined stylesheet is neither searched nor re-encoded per page (and compression can treat it as
 * the part every page of the kind shares). The page's own parts are inserted as they are, so `$&` and the like in
 * an article's text stay text.
 *
 * With `stylesheetBefore` (an element id), a page that has that element gets the template's stylesheet link moved
 * from the end of the body to just before it. The parser stops there until the sheet has arrived, and the browser
 * paints what came before: an article's opening, without first parsing the rest of the page (decision 017). A page
 * without the element keeps the link at the end.
 */
export function pageDocument(
  template: string,
  { stylesheetBefore }: { stylesheetBefore?: string } = {},
): { shared: Buffer; fill: (page: RenderedPage) => PageBytes } {
  const title = titleElement.exec(template)
  if (!title) throw new Error('the app shell has no <title> for the page head to replace')
  const afterTitle = title.index + title[0].length
  const root = emptyRoot.exec(template.slice(afterTitle))
  if (!root) throw new Error('the app shell has no empty <div id="root"></div> to fill')
  const rootContent = afterTitle + root.index + root[0].length
  const bodyEnd = template.indexOf('</body>', rootContent)
  if (bodyEnd === -1) throw new Error('the app shell has no </body> after <div id="root">')

  const start = Buffer.from(template.slice(0, title.index))
  const shared = Buffer.from(template.slice(afterTitle, rootContent))
  const beforeState = template.slice(rootContent, bodyEnd)
  const end = Buffer.from(template.slice(bodyEnd))
  const link = stylesheetBefore === undefined ? null : stylesheetLink.exec(beforeState)
  if (stylesheetBefore !== undefined && !link) throw new Error('the page template links no stylesheet to move')
  const beforeStateAsIs = Buffer.from(beforeState)
  const beforeStateWithoutLink = link ? Buffer.from(beforeState.replace(link[0], '')) : beforeStateAsIs

  const body = (page: RenderedPage): Buffer[] => {
    const at = link && stylesheetBefore ? elementStart(page.body, stylesheetBefore) : -1
    if (!link || at === -1) return [Buffer.from(page.body), beforeStateAsIs]
    return [Buffer.from(page.body.slice(0, at) + link[0] + page.body.slice(at)), beforeStateWithoutLink]
  }

  return {
    shared,
    fill: (page) => ({
      before: Buffer.concat([start, Buffer.from(page.head)]),
      shared,
      after: Buffer.concat([...body(page), Buffer.from(page.state), end]),
    }),
  }
}
