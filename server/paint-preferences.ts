import { type PaintPreferences, paintAttributes } from '../src/preferences/preferences-cookie.ts'

/**
 * The page with the reader's theme, text size and line width on its `<html>` element, so it paints in them with no
 * script before the first paint (src/preferences/preferences-cookie.ts says why). The values come from fixed lists,
 * never from the request as written, and attributes the page already has on `<html>` are replaced, not doubled.
 */
export function withPaintPreferences(html: string, preferences: PaintPreferences): string {
  const attributes = paintAttributes(preferences)
  // The names come from paintAttributes too, so a preference added there is replaced here as well. They are plain
  // `data-*` words, nothing a pattern would read as syntax.
  const ownAttributes = new RegExp(`\\s+(?:${Object.keys(attributes).join('|')})="[^"]*"`, 'gi')
  return html.replace(/<html\b([^>]*)>/i, (_tag, existing: string) => {
    const kept = existing.replace(ownAttributes, '')
    const added = Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('')
    return `<html${kept}${added}>`
  })
}
