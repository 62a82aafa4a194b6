/**
 * A fragment followed by the browser itself — a plain `#p-20` or `#comment-12` link, a hash typed into the address bar —
 * makes a history entry with no state. React Router gives every such entry the key "default", the one the first page
 * of the load has, so Back and Forward between two places in one article would look like staying put and scroll
 * restoration would not move. Each such entry gets a key of its own as it is entered, before the router hears of it.
 *
 * Call once, before the router starts listening: listeners run in the order they were added.
 */
export function keyNativeHistoryEntries(): void {
  window.addEventListener('popstate', () => {
    if (window.history.state !== null) return
    // The shape React Router keeps in history.state; `idx` (its count of entries) is unknown here, and null says so.
    window.history.replaceState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx: null }, '')
  })
}
