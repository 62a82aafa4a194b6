import { useEffect } from 'react'
import { keepingTheReadersPlace } from '../reading/block-position.ts'
import { applyPreferencesToDocument, documentShowsPreferences } from './preferences-document.ts'
import { copyPreferencesToCookie, readPreferences, subscribeToPreferences } from './preferences-store.ts'

/**
 * Keeps `<html data-theme …>` in step with the stored preferences after load. It reads the store itself rather than a
 * rendered value: during hydration React renders the defaults first, and applying those would flash the wrong theme.
 * A later change that reflows the article keeps the reader in the paragraph they were reading.
 * On start it also refreshes the cookie the server styles the next page from, for readers whose settings predate it.
 */
export function usePreferencesOnDocument(): void {
  useEffect(() => {
    const root = document.documentElement
    // On start the page takes the reader's settings as it should have had them from the server; where a #p-N link
    // landed is kept by scroll restoration's own keeper, so there is no place to keep here, and nothing to measure.
    applyPreferencesToDocument(root, readPreferences())
    copyPreferencesToCookie(readPreferences())
    return subscribeToPreferences(() => {
      const preferences = readPreferences()
      if (documentShowsPreferences(root, preferences)) return
      keepingTheReadersPlace(() => applyPreferencesToDocument(root, preferences))
    })
  }, [])
}
