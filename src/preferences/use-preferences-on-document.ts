import { useEffect } from 'react'
import { applyPreferencesToDocument } from './preferences-document.ts'
import { copyPreferencesToCookie, readPreferences, subscribeToPreferences } from './preferences-store.ts'

/**
 * Keeps `<html data-theme …>` in step with the stored preferences after load. It reads the store itself rather than a
 * rendered value: during hydration React renders the defaults first, and applying those would flash the wrong theme.
 * On start it also refreshes the cookie the server styles the next page from, for readers whose settings predate it.
 */
export function usePreferencesOnDocument(): void {
  useEffect(() => {
    const apply = () => applyPreferencesToDocument(document.documentElement, readPreferences())
    apply()
    copyPreferencesToCookie(readPreferences())
    return subscribeToPreferences(apply)
  }, [])
}
