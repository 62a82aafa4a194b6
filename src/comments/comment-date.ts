/**
 * When a comment was posted, in the UI language the comments section is written in ("13 Juli 2025 pukul 14.05") and
 * the reader's time zone. Comments render on the client only, so the server's time zone never leaks into the HTML. An
 * unknown language tag falls back to English rather than breaking the list.
 */
export function commentDateFormat(lang: string, timeZone?: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone }
  try {
    return new Intl.DateTimeFormat(lang, options)
  } catch {
    return new Intl.DateTimeFormat('en', options)
  }
}
