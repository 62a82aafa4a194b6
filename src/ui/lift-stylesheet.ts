/**
 * A prerendered article links its full stylesheet inside the page, after its opening blocks (decision 017): the parser
 * stops there until the sheet arrives, so the browser paints the opening without first parsing the rest. That link is
 * not part of what React renders, so it has to leave the root before React hydrates it, and the sheet has to outlive
 * any page the app renders later.
 *
 * By the time the app's script runs the sheet has arrived (scripts wait for the stylesheets before them), so a copy
 * linked in `<head>` comes from the memory cache at once; the original goes once the copy has loaded, so the page is
 * never without the sheet. If the sheet failed to load, the copy asks for it once more and the app starts either way:
 * the page keeps its inlined first-paint rules, which is better than no app. Resolves at once when the root holds no
 * stylesheet (the app shell and the other pages link theirs outside it).
 */
export function liftStylesheetFromRoot(container: Element): Promise<void> {
  const link = container.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')
  if (!link) return Promise.resolve()
  const copy = link.cloneNode() as HTMLLinkElement
  return new Promise((resolve) => {
    const done = () => {
      link.remove()
      resolve()
    }
    copy.addEventListener('load', done, { once: true })
    copy.addEventListener('error', done, { once: true })
    document.head.append(copy)
  })
}
