// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

const articleBodyCss = readFileSync(path.join(import.meta.dirname, 'article-body.css'), 'utf8')

/** The element names in the selectors of article-body.css rules that set a font property. */
function elementsWithTheirOwnFace(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const names = new Set<string>()
  for (const [, selector = '', declarations = ''] of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!/\bfont(-size|-weight|-style|-family)?\s*:/.test(declarations)) continue
    // Names not part of a class, id, attribute, pseudo-class or custom property.
    for (const [name] of selector.matchAll(/(?<![\w.#:[="-])[a-z][a-z0-9]*\b(?![\w-])/g)) names.add(name)
  }
  return [...names].sort()
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.resetModules()
  vi.unstubAllGlobals()
  document.body.replaceChildren()
})

describe('the body faces specimen', () => {
  it('has an element for every rule of the article body that sets a font', async () => {
    const { bodyFacesSpecimen } = await import('./body-faces.ts')
    const specimen = bodyFacesSpecimen()
    const styled = elementsWithTheirOwnFace(articleBodyCss)
    // The parse must have found the rules it checks, or the test would pass on nothing.
    expect(styled).toEqual(expect.arrayContaining(['blockquote', 'code', 'figcaption', 'h2', 'h3', 'strong']))
    expect(styled.filter((name) => !specimen.querySelector(name))).toEqual([])
    expect(specimen.querySelector('em strong')).not.toBeNull()
  })

  it('is an article body, hidden from sight and from assistive technology', async () => {
    const { bodyFacesSpecimen } = await import('./body-faces.ts')
    const specimen = bodyFacesSpecimen()
    expect(specimen.classList).toContain('article-body')
    expect(specimen.getAttribute('aria-hidden')).toBe('true')
    expect(articleBodyCss).toMatch(/\.body-faces-specimen\s*\{[^}]*position:\s*absolute;[^}]*visibility:\s*hidden;/)
  })

  it('is laid out once per page load and never left in the page', async () => {
    const { warmBodyFaces } = await import('./body-faces.ts')
    const measured = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    warmBodyFaces()
    warmBodyFaces()
    expect(measured).toHaveBeenCalledTimes(1)
    expect(measured.mock.contexts[0]).toHaveProperty('className', 'article-body body-faces-specimen')
    expect(document.body.children).toHaveLength(0)
  })

  it('waits for an idle moment, and a cancelled warm-up does nothing', async () => {
    const idle: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.splice(handle - 1, 1))
    const { warmBodyFacesWhenIdle } = await import('./body-faces.ts')
    const measured = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    const cancel = warmBodyFacesWhenIdle()
    expect(idle).toHaveLength(1)
    cancel()
    expect(idle).toHaveLength(0)
    warmBodyFacesWhenIdle()
    expect(measured).not.toHaveBeenCalled()
    for (const callback of idle) callback()
    expect(measured).toHaveBeenCalledTimes(1)
  })
})
