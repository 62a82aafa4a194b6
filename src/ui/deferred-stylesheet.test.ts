// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { applyDeferredStylesheet } from './deferred-stylesheet.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

const settled = (promise: Promise<void>) =>
  Promise.race([promise.then(() => 'resolved'), new Promise((resolve) => setTimeout(() => resolve('pending'), 20))])

describe('applyDeferredStylesheet', () => {
  it('turns the preloaded stylesheet into an applied one and resolves once it has loaded', async () => {
    document.body.innerHTML = '<link rel="preload" as="style" crossorigin href="/assets/app.css">'
    const link = document.querySelector('link') as HTMLLinkElement
    const applied = applyDeferredStylesheet()
    expect(link.rel).toBe('stylesheet')
    expect(link.getAttribute('crossorigin')).toBe('')
    expect(await settled(applied)).toBe('pending')
    link.dispatchEvent(new Event('load'))
    expect(await settled(applied)).toBe('resolved')
  })

  it('resolves when the stylesheet fails to load: the app starts with the first-paint rules', async () => {
    document.body.innerHTML = '<link rel="preload" as="style" href="/assets/app.css">'
    const applied = applyDeferredStylesheet()
    document.querySelector('link')?.dispatchEvent(new Event('error'))
    expect(await settled(applied)).toBe('resolved')
  })

  it('resolves at once on a page that links its stylesheet the usual way', async () => {
    document.body.innerHTML =
      '<link rel="stylesheet" href="/assets/app.css"><link rel="preload" as="script" href="/a.js">'
    expect(await settled(applyDeferredStylesheet())).toBe('resolved')
    expect(document.querySelector('link')?.rel).toBe('stylesheet')
  })
})
