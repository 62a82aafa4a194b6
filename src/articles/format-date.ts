/**
 * A publication date in the reader's chosen locale. Calendar dates are read as UTC and formatted in UTC so
 * "2025-07-13" is the 13th everywhere, whatever the reader's time zone.
 */
export function formatArticleDate(date: string, locale: string): string {
  const isCalendarDate = /^\d{4}-\d{2}-\d{2}$/.test(date)
  const instant = new Date(isCalendarDate ? `${date}T00:00:00Z` : date)
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: isCalendarDate ? 'UTC' : undefined,
  }).format(instant)
}
