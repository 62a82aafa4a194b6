import type { UiLocale } from '../preferences/preferences-schema.ts'
import { useUiLocale } from '../preferences/preferences-store.ts'

/**
 * One set of UI strings per UI language. A feature's catalogue is built the same way as the app-wide one
 * (`messages.ts`): the English object defines the shape, every other language is typed as that shape, and this record
 * needs every language, so a missing key or a missing language fails the typecheck.
 *
 * Why more than one catalogue: a catalogue lands in the chunk of the code that imports it. Strings only a lazily loaded
 * part shows (the comments panel, the settings choices, the shortcuts dialog) live beside that part, so they download
 * with it instead of with the script every first view waits for.
 */
export type Catalogue<Messages> = Readonly<Record<UiLocale, Messages>>

/** The strings of `catalogue` for the reader's UI language (English while hydrating prerendered HTML). */
export function useCatalogue<Messages>(catalogue: Catalogue<Messages>): Messages {
  return catalogue[useUiLocale()]
}
