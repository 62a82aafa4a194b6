import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cspHash, pageTemplate, shellStylesheet } from './page-template.ts'

const link = '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">'
const shell = `<!doctype html>
<html lang="en">
  <head>
    <title>Warta</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/chunk-def.js">
    ${link}
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

let distDir: string
beforeEach(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'warta-template-'))
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(path.join(distDir, 'assets/index-abc.css'), 'body{color:red}p{margin:0}\n')
})
afterEach(() => rm(distDir, { recursive: true, force: true }))

describe('shellStylesheet', () => {
  it('reads the stylesheet the shell links', async () => {
    expect(await shellStylesheet(shell, distDir)).toEqual({
      link,
      href: '/assets/index-abc.css',
      css: 'body{color:red}p{margin:0}',
    })
  })

  it('refuses a shell with no stylesheet or with two, rather than inlining the wrong one', async () => {
    await expect(shellStylesheet(shell.replace(link, ''), distDir)).rejects.toThrow('exactly one stylesheet')
    await expect(shellStylesheet(shell.replace(link, link + link), distDir)).rejects.toThrow('not 2')
  })
})

describe('pageTemplate', () => {
  it('inlines the critical rules in the head and links the full sheet before the app script at the end of the body', async () => {
    const template = pageTemplate(shell, await shellStylesheet(shell, distDir), 'body{color:red}')
    const head = template.slice(0, template.indexOf('</head>'))
    expect(head).toContain('<style>body{color:red}</style>')
    expect(head).not.toContain('rel="stylesheet"')
    expect(head).not.toContain('type="module"')
    expect(template).not.toMatch(/<script>/)
    expect(template).toMatch(
      /<div id="root"><\/div>\s*<link rel="stylesheet" crossorigin href="\/assets\/index-abc.css"><script type="module" crossorigin src="\/assets\/index-abc.js"><\/script><link rel="modulepreload" crossorigin href="\/assets\/chunk-def.js"><\/body>/,
    )
  })

  it('holds the first paint until the element a kind of page names is parsed, and only then', async () => {
    const stylesheet = await shellStylesheet(shell, distDir)
    const head = (template: string) => template.slice(0, template.indexOf('</head>'))
    expect(head(pageTemplate(shell, stylesheet, 'p{}', { paintWaitsFor: 'p-1' }))).toContain(
      '<link rel="expect" href="#p-1" blocking="render"><style>p{}</style>',
    )
    expect(pageTemplate(shell, stylesheet, 'p{}')).not.toContain('rel="expect"')
    expect(() => pageTemplate(shell, stylesheet, 'p{}', { paintWaitsFor: '"><script>' })).toThrow('not an element id')
  })

  it('refuses critical CSS that could close its own element', async () => {
    const stylesheet = await shellStylesheet(shell, distDir)
    expect(() => pageTemplate(shell, stylesheet, 'a::after{content:"</style>"}')).toThrow('cannot be inlined')
  })
})

describe('cspHash', () => {
  it('hashes exactly as a browser does: SHA-256 of the element text, base64', () => {
    expect(cspHash('a')).toBe(`sha256-${createHash('sha256').update('a').digest('base64')}`)
    expect(cspHash('a')).toBe('sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=')
  })
})
