// One formatter per locale and kind of date, reused: constructing an Intl.DateTimeFormat is the expensive part, and the
// build formats a date for every article and every list entry.
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormatFor(locale: string, isCalendarDate: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${isCalendarDate}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: isCalendarDate ? 'UTC' : undefined })
    dateFormats.set(key, format)
  }
  return format
}

/**
 * A publication date in the reader's chosen locale. Calendar dates are read as UTC and formatted in UTC so
 * "2025-07-13" is the 13th everywhere, whatever the reader's time zone.
 */
export function formatArticleDate(date: string, locale: string): string {
  const isCalendarDate = /^\d{4}-\d{2}-\d{2}$/.test(date)
  const instant = new Date(isCalendarDate ? `${date}T00:00:00Z` : date)
  return dateFormatFor(locale, isCalendarDate).format(instant)
}
