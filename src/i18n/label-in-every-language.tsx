import { uiLocales } from '../preferences/preferences-schema.ts'
import { useUiLocale } from '../preferences/preferences-store.ts'
import { catalogue, type Messages } from './messages.ts'

/**
 * A control's label that always takes the room of its longest translation. Prerendered pages are in English, and a
 * reader whose interface is in another language gets it right after hydration: a label that changed width then would
 * move its control and whatever sits beside it, a layout shift in the middle of the first view. The other translations
 * share the label's grid cell, invisible and hidden from assistive technology, only to hold that room.
 */
export function LabelInEveryLanguage({ text }: { text: (messages: Messages) => string }) {
  const shown = useUiLocale()
  return (
    <span className="grid">
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
