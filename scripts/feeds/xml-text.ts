/**
 * Text for XML and HTML documents. Article text reaches the feed and sitemap exactly as written, so everything a
 * parser could read as markup is escaped, and characters XML 1.0 forbids outright are dropped (a single one makes a
 * whole feed unparseable, and the article schema accepts any string).
 */

/**
 * Anything outside XML 1.0's `Char` production: C0 controls other than tab, newline and carriage return, lone
 * surrogate halves, U+FFFE and U+FFFF. With the `u` flag a valid surrogate pair is one code point and is kept.
 */
const illegalXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function stripIllegalXmlChars(text: string): string {
  return text.replace(illegalXmlChars, '')
}

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes `& < > " '` and strips illegal characters: safe in element content and in either kind of quoted attribute,
 * in XML and in HTML alike. Curly quotes and other non-ASCII text stay as they are; the documents are UTF-8.
 */
export function escapeMarkup(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"']/g, (character) => entities[character] ?? character)
}
