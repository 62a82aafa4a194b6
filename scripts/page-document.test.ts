import { describe, expect, it } from 'vitest'
import type { RenderedPage } from '../src/entry-server.tsx'
import { documentOf, pageDocument } from './page-document.ts'

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Warta</title>
    <style>body{color:red}</style>
  </head>
  <body class="flex">
    <div id="root" class="flex min-h-screen"></div>
  <script type="module" src="/assets/index.js"></script></body>
</html>`

const page: RenderedPage = {
  status: 200,
  head: '<title>Kabar — hari ini</title><meta name="description" content="a"/>',
  body: "<main><h1>Kabar</h1><p>$&amp; $' $1 café 東京</p></main>",
  state: '<script type="application/json" id="warta-state">{"url":"/a"}</script>',
}

describe('pageDocument', () => {
  it('puts the head in place of the title, the body in the root and the state at the end of <body>', () => {
    const html = documentOf(pageDocument(template).fill(page)).toString('utf8')
    expect(html).toBe(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Kabar — hari ini</title><meta name="description" content="a"/>
    <style>body{color:red}</style>
  </head>
  <body class="flex">
    <div id="root" class="flex min-h-screen"><main><h1>Kabar</h1><p>$&amp; $' $1 café 東京</p></main></div>
  <script type="module" src="/assets/index.js"></script><script type="application/json" id="warta-state">{"url":"/a"}</script></body>
</html>`)
  })

  it('fills each page from the same template without carrying anything over', () => {
    const { fill } = pageDocument(template)
    const first = documentOf(fill(page)).toString('utf8')
    const second = documentOf(fill({ ...page, head: '<title>B</title>', body: '<p>b</p>', state: '' })).toString('utf8')
    expect(second).toContain('<title>B</title>\n    <style>')
    expect(second).toContain('<div id="root" class="flex min-h-screen"><p>b</p></div>')
    expect(second).not.toContain('Kabar')
    expect(documentOf(fill(page)).toString('utf8')).toBe(first)
  })

  it('keeps what every page shares apart: from the end of the head to the start of the body', () => {
    const { shared, fill } = pageDocument(template)
    const text = shared.toString('utf8')
    expect(text.startsWith('\n    <style>body{color:red}</style>\n  </head>')).toBe(true)
    expect(text.endsWith('<div id="root" class="flex min-h-screen">')).toBe(true)
    const pieces = fill(page)
    expect(pieces.shared).toBe(shared)
    expect(pieces.before.toString('utf8').endsWith(page.head)).toBe(true)
    expect(pieces.after.toString('utf8').startsWith(page.body)).toBe(true)
  })

  it('moves the stylesheet link up to just before the element named, where the page has it', () => {
    const linked = template.replace(
      '<script type="module"',
      '<link rel="stylesheet" href="/assets/app.css"><script type="module"',
    )
    const { fill } = pageDocument(linked, { stylesheetBefore: 'p-2' })
    const article = {
      ...page,
      body: '<main><div id="p-1" class="b"><p>a</p></div><div id="p-2" class="b"><p>b</p></div></main>',
    }
    const html = documentOf(fill(article)).toString('utf8')
    expect(html).toContain(
      '<div id="root" class="flex min-h-screen"><main><div id="p-1" class="b"><p>a</p></div><link rel="stylesheet" href="/assets/app.css"><div id="p-2" class="b">',
    )
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1)
    // Text that only reads like the attribute is escaped by React, so it can never be taken for the element.
    const short = { ...page, body: '<p>id=&quot;p-2&quot;</p><div id="p-1"></div>' }
    expect(documentOf(fill(short)).toString('utf8')).toContain(
      '<div id="p-1"></div></div>\n  <link rel="stylesheet" href="/assets/app.css"><script type="module"',
    )
    expect(() => pageDocument(template, { stylesheetBefore: 'p-2' })).toThrow('links no stylesheet')
  })

  it('refuses a template without a place for the head, the body or the state', () => {
    expect(() => pageDocument(template.replace('<title>Warta</title>', ''))).toThrow('no <title>')
    expect(() => pageDocument(template.replace('></div>', '>x</div>'))).toThrow('no empty <div id="root">')
    expect(() => pageDocument(template.replace('</body>', ''))).toThrow('no </body>')
  })
})
