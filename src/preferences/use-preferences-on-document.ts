import { useEffect } from 'react'
import { keepingTheReadersPlace } from '../reading/block-position.ts'
import { applyPreferencesToDocument, documentShowsPreferences } from './preferences-document.ts'
import { copyPreferencesToCookie, readPreferences, subscribeToPreferences } from './preferences-store.ts'

/**
 * Keeps `<html data-theme …>` in step with the stored preferences after load. It reads the store itself rather than a
 * rendered value: during hydration React renders the defaults first, and applying those would flash the wrong theme.
 * A change that reflows the article keeps the reader in the paragraph they were reading.
 * On start it also refreshes the cookie the server styles the next page from, for readers whose settings predate it.
 */
export function usePreferencesOnDocument(): void {
  useEffect(() => {
    const apply = () => {
      const root = document.documentElement
      const preferences = readPreferences()
      if (documentShowsPreferences(root, preferences)) return
      keepingTheReadersPlace(() => applyPreferencesToDocument(root, preferences))
    }
    apply()
    copyPreferencesToCookie(readPreferences())
    return subscribeToPreferences(apply)
  }, [])
}
