// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { liftStylesheetFromRoot } from './lift-stylesheet.ts'

afterEach(() => {
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

const settled = (promise: Promise<void>) =>
  Promise.race([promise.then(() => 'resolved'), new Promise((resolve) => setTimeout(() => resolve('pending'), 20))])

function rootWith(html: string): Element {
  document.body.innerHTML = `<div id="root">${html}</div><link rel="stylesheet" href="/assets/other.css">`
  return document.getElementById('root') as Element
}

describe('liftStylesheetFromRoot', () => {
  it('moves the stylesheet link out of the root into the head, attributes and all', async () => {
    const root = rootWith(
      '<p id="p-1">a</p><link rel="stylesheet" crossorigin href="/assets/app.css"><p id="p-4">b</p>',
    )
    const link = root.querySelector('link') as HTMLLinkElement
    void liftStylesheetFromRoot(root)
    expect(root.innerHTML).toBe('<p id="p-1">a</p><p id="p-4">b</p>')
    expect(document.head.querySelector('link')).toBe(link)
    expect(link.getAttribute('crossorigin')).toBe('')
    expect(link.getAttribute('href')).toBe('/assets/app.css')
  })

  it('resolves at once when the moved sheet is applied straight away, as Chromium applies it from its cache', async () => {
    const root = rootWith('<link rel="stylesheet" href="/assets/app.css">')
    const link = root.querySelector('link') as HTMLLinkElement
    // Stands in for the browser: once the link is in the head, its sheet is there before anything else runs.
    Object.defineProperty(link, 'sheet', {
      get: () => (link.parentNode === document.head ? ({} as CSSStyleSheet) : null),
    })
    expect(await settled(liftStylesheetFromRoot(root))).toBe('resolved')
  })

  it('otherwise waits for the sheet to load, or to fail: the app then starts with the first-paint rules', async () => {
    for (const outcome of ['load', 'error']) {
      const root = rootWith('<link rel="stylesheet" href="/assets/app.css">')
      const lifted = liftStylesheetFromRoot(root)
      expect(await settled(lifted)).toBe('pending')
      document.head.querySelector('link')?.dispatchEvent(new Event(outcome))
      expect(await settled(lifted)).toBe('resolved')
      document.head.innerHTML = ''
    }
  })

  it('resolves at once, touching nothing, when the root links no stylesheet', async () => {
    const root = rootWith('<p>a</p>')
    expect(await settled(liftStylesheetFromRoot(root))).toBe('resolved')
    expect(document.head.innerHTML).toBe('')
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1)
  })
})
