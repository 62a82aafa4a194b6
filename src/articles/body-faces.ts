/**
 * Before it can lay out text in a face it has not used yet (a family in a weight, style and size), the browser looks
 * that face up: on Linux a round trip to the browser process for each family the font list names, on every system a
 * font file to open. The article a reader starts on may have no bold, italic, code, heading or caption in it, and
 * then the first frame of the next one paid for those faces inside "Next Post" (~10 ms at 4x CPU for the code face of
 * the seed's neighbour, bench/README.md). So once the first page is idle, one hidden line of each face the article
 * body can set (article-body.css) is laid out and removed again, once per page load.
 */

const IDLE_TIMEOUT_MS = 2000

let warmed = false

/** Schedules the warm-up for when the browser is idle; returns a function that cancels it if it has not run yet. */
export function warmBodyFacesWhenIdle(): () => void {
  if (warmed) return () => {}
  // Safari has no requestIdleCallback: a timer after the load's own work is the next best thing.
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(warmBodyFaces, IDLE_TIMEOUT_MS)
    return () => clearTimeout(timer)
  }
  const handle = window.requestIdleCallback(warmBodyFaces, { timeout: IDLE_TIMEOUT_MS })
  return () => window.cancelIdleCallback(handle)
}

/** Lays the specimen out (which is what makes the browser look its faces up) and takes it away in the same task. */
export function warmBodyFaces(): void {
  if (warmed) return
  warmed = true
  const specimen = bodyFacesSpecimen()
  document.body.append(specimen)
  specimen.getBoundingClientRect()
  specimen.remove()
}

/**
 * An article body with one short run in each of its faces: text, bold, italic, bold italic, code and a link in a
 * paragraph, the two heading sizes, a quote (italic) with bold and code in it, a list item and a caption
 * (body-faces.test.ts checks it against every rule of article-body.css that sets a font). Hidden from sight and from
 * assistive technology; it never stays in the page beyond the task that measures it.
 */
export function bodyFacesSpecimen(): HTMLElement {
  const specimen = element(
    'div',
    element(
      'p',
      'a',
      element('strong', 'a'),
      element('em', 'a', element('strong', 'a')),
      element('code', 'a'),
      element('a', 'a'),
    ),
    element('h2', 'a'),
    element('h3', 'a'),
    element('blockquote', element('p', 'a', element('strong', 'a'), element('code', 'a'))),
    element('ul', element('li', 'a')),
    element('figure', element('figcaption', 'a')),
  )
  specimen.className = 'article-body body-faces-specimen'
  specimen.setAttribute('aria-hidden', 'true')
  return specimen
}

function element(tag: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag)
  node.append(...children)
  return node
}
