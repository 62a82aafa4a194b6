import { useEffect } from 'react'
import { useUiLocale } from '../preferences/preferences-store.ts'

/**
 * `<html lang>` follows the UI language (prerendered pages say `en`); each `<article>` carries its own `lang`, so its
 * text is still read and hyphenated in the article's language.
 */
export function useDocumentLanguage(): void {
  const locale = useUiLocale()
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
}
