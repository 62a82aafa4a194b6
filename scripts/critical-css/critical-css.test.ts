import { describe, expect, it } from 'vitest'
import { criticalCss, type Stylesheet } from './critical-css.ts'

const href = '/assets/app.css'
const sheet = (css: string): Stylesheet => ({ link: `<link rel="stylesheet" href="${href}">`, href, css })
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><link rel="stylesheet" href="${href}"></head><body>${body}</body></html>`

describe('criticalCss', () => {
  it('keeps the rules that apply to some element of the page, in order, and drops the rest', async () => {
    const css = '.a{color:red}.b{color:blue}.c{color:green}'
    expect(await criticalCss(page('<p class="c">x</p><p class="a">y</p>'), sheet(css), [])).toBe(
      '.a{color:red}.c{color:green}',
    )
  })

  it('keeps states an element can enter later (hover, focus) with the element', async () => {
    const css = '.a:hover{color:red}.a:focus-visible{outline:1px solid}.b:hover{color:blue}'
    expect(await criticalCss(page('<a class="a" href="/">x</a>'), sheet(css), [])).toBe(
      '.a:hover{color:red}.a:focus-visible{outline:1px solid}',
    )
  })

  it('keeps rules the page cannot show but the caller names, such as attributes the server sets per reader', async () => {
    const css = ':root[data-theme=dark]{color-scheme:dark}:root[data-other]{color:red}'
    expect(await criticalCss(page('<p>x</p>'), sheet(css), [/^:root\[data-theme=/])).toBe(
      ':root[data-theme=dark]{color-scheme:dark}',
    )
  })

  it('keeps the animations that kept rules name, and only those', async () => {
    const css = '.a{animation:spin 1s}@keyframes spin{to{rotate:1turn}}@keyframes fade{to{opacity:0}}'
    expect(await criticalCss(page('<p class="a">x</p>'), sheet(css), [])).toBe(
      '.a{animation:spin 1s}@keyframes spin{to{rotate:1turn}}',
    )
  })

  it('keeps a layer the page does not use as an empty block, so it still ranks in its place', async () => {
    const css =
      '@layer base{p{margin:0}}@layer components{.card{padding:1rem}}@layer utilities{.mt-2{margin-top:.5rem}}'
    expect(await criticalCss(page('<p class="mt-2">x</p>'), sheet(css), [])).toBe(
      '@layer base{p{margin:0}}@layer components{}@layer utilities{.mt-2{margin-top:.5rem}}',
    )
  })
})
