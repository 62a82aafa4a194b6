/**
 * Article dates (`isoDateSchema`: `2025-07-13`, or a timestamp with optional seconds and zone) as the full date-times
 * that Atom (RFC 3339) and the sitemap's `lastmod` (W3C Datetime) accept. A date or a time written without a zone is
 * read as UTC, so the output never depends on the time zone of the machine that runs the build.
 */

const dateOnly = /^\d{4}-\d{2}-\d{2}$/
const hasZone = /(?:Z|[+-]\d{2}:\d{2})$/

/** `2025-07-13` → `2025-07-13T00:00:00Z`; `2025-07-13T09:30+07:00` → `2025-07-13T02:30:00Z`. */
export function rfc3339Of(date: string): string {
  const withTime = dateOnly.test(date) ? `${date}T00:00:00` : date
  const instant = Date.parse(hasZone.test(withTime) ? withTime : `${withTime}Z`)
  if (Number.isNaN(instant)) throw new Error(`not a date: ${JSON.stringify(date)}`)
  return instantOf(new Date(instant))
}

/** A Date as RFC 3339 in UTC to the second: feed readers and sitemaps have no use for milliseconds. */
export function instantOf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** W3C Datetime for a sitemap `lastmod`: a calendar date stays a date, a timestamp becomes a UTC date-time. */
export function lastmodOf(date: string): string {
  return dateOnly.test(date) ? date : rfc3339Of(date)
}
