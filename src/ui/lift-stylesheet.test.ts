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
  it('links a copy in the head and takes the original out of the root once the copy has loaded', async () => {
    const root = rootWith(
      '<p id="p-1">a</p><link rel="stylesheet" crossorigin href="/assets/app.css"><p id="p-4">b</p>',
    )
    const lifted = liftStylesheetFromRoot(root)
    const copy = document.head.querySelector('link') as HTMLLinkElement
    expect(copy.getAttribute('href')).toBe('/assets/app.css')
    expect(copy.rel).toBe('stylesheet')
    // Same URL and CORS mode as the original: the browser takes the response it already has.
    expect(copy.getAttribute('crossorigin')).toBe('')
    // Until then the original stays: the page is never without the sheet.
    expect(await settled(lifted)).toBe('pending')
    expect(root.querySelector('link')).not.toBeNull()
    copy.dispatchEvent(new Event('load'))
    expect(await settled(lifted)).toBe('resolved')
    expect(root.innerHTML).toBe('<p id="p-1">a</p><p id="p-4">b</p>')
  })

  it('resolves when the sheet fails to load: the app starts with the first-paint rules', async () => {
    const root = rootWith('<link rel="stylesheet" href="/assets/app.css">')
    const lifted = liftStylesheetFromRoot(root)
    document.head.querySelector('link')?.dispatchEvent(new Event('error'))
    expect(await settled(lifted)).toBe('resolved')
    expect(root.querySelector('link')).toBeNull()
  })

  it('resolves at once, touching nothing, when the root links no stylesheet', async () => {
    const root = rootWith('<p>a</p>')
    expect(await settled(liftStylesheetFromRoot(root))).toBe('resolved')
    expect(document.head.innerHTML).toBe('')
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1)
  })
})
