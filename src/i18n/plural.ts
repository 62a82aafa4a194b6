/** One wording per plural category; `other` is required because every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/**
 * `count` formatted for `locale` inside the wording its plural category needs (`{count}` marks the spot). The category
 * comes from Intl.PluralRules, so a language with more forms than English only needs more entries, not new code.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(locale).select(count)
  const wording = forms[category] ?? forms.other
  return wording.replace('{count}', new Intl.NumberFormat(locale).format(count))
}

export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value)
}
