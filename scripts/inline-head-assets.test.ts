import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cspHash, inlineHeadAssets } from './inline-head-assets.ts'

const shell = `<!doctype html>
<html lang="en">
  <head>
    <title>Warta</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/chunk-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

let distDir: string
beforeEach(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'warta-inline-'))
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(path.join(distDir, 'assets/index-abc.css'), 'body{color:red}\n')
})
afterEach(() => rm(distDir, { recursive: true, force: true }))

describe('inlineHeadAssets', () => {
  it('inlines the stylesheet and moves the app script to the end of the body', async () => {
    const { template, hashes } = await inlineHeadAssets(shell, distDir)
    expect(template).toContain('<style>body{color:red}</style>')
    expect(template).not.toContain('rel="stylesheet"')
    expect(template).not.toMatch(/<script>/)
    const head = template.slice(0, template.indexOf('</head>'))
    expect(head).not.toContain('type="module"')
    expect(template).toMatch(
      /<div id="root"><\/div>\s*<script type="module" crossorigin src="\/assets\/index-abc.js"><\/script><link rel="modulepreload" crossorigin href="\/assets\/chunk-def.js"><\/body>/,
    )
    expect(hashes).toEqual({ styles: [cspHash('body{color:red}')] })
  })

  it('hashes exactly as a browser does: SHA-256 of the element text, base64', () => {
    expect(cspHash('a')).toBe(`sha256-${createHash('sha256').update('a').digest('base64')}`)
    expect(cspHash('a')).toBe('sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=')
  })

  it('refuses a stylesheet that could close its own element', async () => {
    await writeFile(path.join(distDir, 'assets/index-abc.css'), 'a::after{content:"</style>"}')
    await expect(inlineHeadAssets(shell, distDir)).rejects.toThrow('cannot be inlined')
  })
})
