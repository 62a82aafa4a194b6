/**
 * A prerendered page inlines only the rules its first paint needs and preloads the full stylesheet at the end of its
 * body without applying it (scripts/page-template.ts, decision 013). Applied there, the sheet would often arrive before
 * the first paint on a slow phone and hold it up with a second round of parsing and styling. The app applies it as it
 * starts, and draws nothing until it has: everything drawn later (comments, settings, dialogs) finds its rules.
 *
 * Resolves at once on a page that links its stylesheet the usual way (the app shell), and also when the sheet fails
 * to load: the page then keeps its first-paint rules, which is better than no app.
 */
export function applyDeferredStylesheet(root: ParentNode = document): Promise<void> {
  const link = root.querySelector<HTMLLinkElement>('link[rel="preload"][as="style"]')
  if (!link) return Promise.resolve()
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true })
    link.addEventListener('error', () => resolve(), { once: true })
    // The same element, so the same URL and CORS mode: the browser takes the preloaded response.
    link.rel = 'stylesheet'
  })
}
