import { type PaintPreferences, paintAttributes } from '../src/preferences/preferences-cookie.ts'

/**
 * The page with the reader's theme, text size and line width on its `<html>` element, so it paints in them with no
 * script before the first paint (src/preferences/preferences-cookie.ts says why). The values come from fixed lists,
 * never from the request as written, and attributes the page already has on `<html>` are replaced, not doubled.
 */
export function withPaintPreferences(html: string, preferences: PaintPreferences): string {
  const attributes = paintAttributes(preferences)
  return html.replace(/<html\b([^>]*)>/i, (_tag, existing: string) => {
    const kept = existing.replace(/\s+(data-theme|data-text-size|data-line-width)="[^"]*"/gi, '')
    const added = Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('')
    return `<html${kept}${added}>`
  })
}
