/**
 * A prerendered article links its full stylesheet inside the page, after its opening blocks (decision 017): the parser
 * stops there until the sheet arrives, so the browser paints the opening without first parsing the rest. That link is
 * not part of what React renders, so it has to leave the root before React hydrates it, and the sheet has to outlive
 * any page the app renders later.
 *
 * The same element moves into `<head>`. By the time the app's script runs the sheet has arrived (scripts wait for the
 * stylesheets before them), and Chromium applies a moved link's sheet again at once from its memory cache: one style
 * recalculation, where linking a copy and then removing the original cost two (~40 ms each at 4× CPU). A browser that
 * loads it again asynchronously is waited for; if the sheet failed to load, moving it asks for it once more, and the
 * app starts either way: the page keeps its inlined first-paint rules, which is better than no app. Resolves at once
 * when the root holds no stylesheet (the app shell and the other pages link theirs outside it).
 */
export function liftStylesheetFromRoot(container: Element): Promise<void> {
  const link = container.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')
  if (!link) return Promise.resolve()
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true })
    link.addEventListener('error', () => resolve(), { once: true })
    document.head.append(link)
    if (link.sheet) resolve()
  })
}
