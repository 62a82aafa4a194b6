import { uiLocales } from '../preferences/preferences-schema.ts'
import { useUiLocale } from '../preferences/preferences-store.ts'
import { catalogue, type Messages } from './messages.ts'

/**
 * Words of the interface that always take the room of their longest translation. Prerendered pages are in English,
 * and a reader whose interface is in another language gets it right after hydration: words that changed width or
 * wrapped onto another line then would move whatever sits beside or below them, a layout shift in the middle of the
 * first view. The other translations share the shown one's grid cell, invisible (so not selectable, not found by
 * find-in-page) and hidden from assistive technology, only to hold that room. For what can sit on the first screen:
 * button labels, the footer's line, the not-found page's words.
 */
export function TextInEveryLanguage({ text }: { text: (messages: Messages) => string }) {
  const shown = useUiLocale()
  return (
    <span className="inline-grid">
      {uiLocales.map((locale) => (
        <span
          key={locale}
          lang={locale}
          className={locale === shown ? 'col-start-1 row-start-1' : 'invisible col-start-1 row-start-1'}
          aria-hidden={locale === shown ? undefined : true}
        >
          {text(catalogue[locale])}
        </span>
      ))}
    </span>
  )
}
