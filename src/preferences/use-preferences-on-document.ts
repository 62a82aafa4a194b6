import { useEffect } from 'react'
import { applyPreferencesToDocument } from './preferences-document.ts'
import { readPreferences, subscribeToPreferences } from './preferences-store.ts'

/**
 * Keeps `<html data-theme …>` in step with the stored preferences after load. It reads the store itself rather than a
 * rendered value: during hydration React renders the defaults first, and applying those would flash the wrong theme.
 */
export function usePreferencesOnDocument(): void {
  useEffect(
    () => subscribeToPreferences(() => applyPreferencesToDocument(document.documentElement, readPreferences())),
    [],
  )
}
