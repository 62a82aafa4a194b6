import type { RenderedPage } from '../src/entry-server.tsx'

const titleElement = /<title>[^<]*<\/title>/
const emptyRoot = /<div id="root"[^>]*>(?=<\/div>)/

/**
 * Cuts the page template once at the three places a prerendered page fills (the `<title>`, the empty
 * `<div id="root">`, the end of `<body>`) and encodes the pieces, so each of ten thousand pages is joined from
 * ready bytes: the inlined stylesheet and script are neither searched nor re-encoded per page. The page's own parts
 * are inserted as they are, so `$&` and the like in an article's text stay text.
 */
export function pageDocument(template: string): (page: RenderedPage) => Buffer {
  const title = titleElement.exec(template)
  if (!title) throw new Error('the app shell has no <title> for the page head to replace')
  const afterTitle = title.index + title[0].length
  const root = emptyRoot.exec(template.slice(afterTitle))
  if (!root) throw new Error('the app shell has no empty <div id="root"></div> to fill')
  const rootContent = afterTitle + root.index + root[0].length
  const bodyEnd = template.indexOf('</body>', rootContent)
  if (bodyEnd === -1) throw new Error('the app shell has no </body> after <div id="root">')

  const [beforeHead, beforeBody, beforeState, end] = [
    template.slice(0, title.index),
    template.slice(afterTitle, rootContent),
    template.slice(rootContent, bodyEnd),
    template.slice(bodyEnd),
  ].map((piece) => Buffer.from(piece)) as [Buffer, Buffer, Buffer, Buffer]

  return (page) =>
    Buffer.concat([
      beforeHead,
      Buffer.from(page.head),
      beforeBody,
      Buffer.from(page.body),
      beforeState,
      Buffer.from(page.state),
      end,
    ])
}
