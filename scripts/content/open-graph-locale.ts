/**
 * `id` → `id_ID`, `en` → `en_US`, `en-GB` → `en_GB`: Open Graph wants language_TERRITORY. Worked out by the content
 * build: `Intl.Locale#maximize` loads likely-subtags data, which in the browser cost a few milliseconds of every
 * article page's hydration (bench/README.md, fourteenth session).
 */
export function openGraphLocale(lang: string): string {
  try {
    const locale = new Intl.Locale(lang).maximize()
    return locale.region ? `${locale.language}_${locale.region}` : locale.language
  } catch {
    return lang
  }
}
