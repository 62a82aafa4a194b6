/** One wording per plural category; `other` is required because every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

// Building an Intl formatter costs far more than using one (locale data is resolved each time), and an article calls
// these twice per paragraph: one of each per locale, kept for the life of the page or the build.
const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function pluralRulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    pluralRules.set(locale, rules)
  }
  return rules
}

function numberFormatFor(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale)
    numberFormats.set(locale, format)
  }
  return format
}

/**
 * `count` formatted for `locale` inside the wording its plural category needs (`{count}` marks the spot). The category
 * comes from Intl.PluralRules, so a language with more forms than English only needs more entries, not new code.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const category = pluralRulesFor(locale).select(count)
  const wording = forms[category] ?? forms.other
  return wording.replace('{count}', formatNumber(locale, count))
}

/**
 * Locales whose numbers are written in Latin digits: there a whole number under 1,000 is its plain digits, with no
 * separator to place. The interface's own words (reading time, paragraph numbers, page numbers) are such numbers, so
 * a page renders without creating an Intl.NumberFormat, whose first use on a page is ICU starting up (~20 ms of main
 * thread, measured in Chromium; bench/README.md).
 */
const LATIN_DIGITS = new Set(['en', 'id'])

export function formatNumber(locale: string, value: number): string {
  if (LATIN_DIGITS.has(locale) && Number.isInteger(value) && Math.abs(value) < 1000) return String(value)
  return numberFormatFor(locale).format(value)
}
