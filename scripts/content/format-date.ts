// One formatter per locale, reused: constructing an Intl.DateTimeFormat is the expensive part, and the build formats
// the date of every article (once, for its page and its list entry alike).
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormatFor(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    dateFormats.set(locale, format)
  }
  return format
}

/**
 * A publication date in the reader's chosen locale: the calendar day the author wrote. For a timestamp such as
 * `2026-12-01T23:30:00-05:00` that is the 1st, in the author's own time zone; converted to the reader's (or the
 * build machine's) zone it would be the 2nd for some and the 1st for others, and the prerendered page would disagree
 * with the one the reader's browser renders.
 */
export function formatArticleDate(date: string, locale: string): string {
  const writtenDay = date.slice(0, 10)
  return dateFormatFor(locale).format(new Date(`${writtenDay}T00:00:00Z`))
}
