import { useSyncExternalStore } from 'react'
import { preferencesCookieAssignment, preferencesCookieIn, preferencesCookieValue } from './preferences-cookie.ts'
import {
  defaultPreferences,
  PREFERENCES_STORAGE_KEY,
  type Preferences,
  parsePreferences,
  type UiLocale,
  uiLocaleFor,
} from './preferences-schema.ts'

/**
 * The reader's preferences as an external store over localStorage. React reads it through useSyncExternalStore with the
 * defaults as the server snapshot, so prerendered HTML (always the defaults) hydrates without a mismatch and the
 * reader's own settings arrive in the render right after. Nothing here touches `window` until a function is called.
 */

const listeners = new Set<() => void>()
// The snapshot must be the same object while the stored text is unchanged, or useSyncExternalStore loops. Storage is
// read once and then only when another tab writes it: every component using the messages reads the snapshot on every
// render, and a localStorage read each time would add up on a page change.
let cache: { stored: string | null; preferences: Preferences } | undefined

function readStored(): string | null {
  try {
    return window.localStorage.getItem(PREFERENCES_STORAGE_KEY)
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): the defaults still work.
    return null
  }
}

export function readPreferences(): Preferences {
  if (cache === undefined) {
    const stored = readStored()
    cache = { stored, preferences: parsePreferences(stored) }
  }
  return cache.preferences
}

export function updatePreferences(change: Partial<Preferences>): void {
  const next = { ...readPreferences(), ...change }
  const stored = JSON.stringify(next)
  try {
    window.localStorage.setItem(PREFERENCES_STORAGE_KEY, stored)
  } catch {
    // Full or disabled storage: the change still applies to this page.
  }
  cache = { stored, preferences: next }
  copyPreferencesToCookie(next)
  for (const listener of listeners) listener()
}

/** Writes the cookie the server styles pages from (preferences-cookie.ts), unless it already holds these values. */
export function copyPreferencesToCookie(preferences: Preferences): void {
  try {
    const wanted = preferencesCookieValue(preferences) ?? undefined
    if (preferencesCookieIn(document.cookie) === wanted) return
    // biome-ignore lint/suspicious/noDocumentCookie: one synchronous write, when a setting changes, of a value built from fixed lists; the Cookie Store API is not in every browser Warta supports.
    document.cookie = preferencesCookieAssignment(preferences, window.location.protocol === 'https:')
  } catch {
    // Cookies can be blocked: the page still applies the preferences itself, a moment later.
  }
}

export function subscribeToPreferences(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab changed them: follow along.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PREFERENCES_STORAGE_KEY && event.key !== null) return
    // Read afresh, once, for every listener: the tab's own copy is out of date.
    if (cache?.stored !== event.newValue || event.key === null) cache = undefined
    listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

const serverPreferences = () => defaultPreferences

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribeToPreferences, readPreferences, serverPreferences)
}

/** The UI language: the reader's choice, else the browser's language. */
export function readUiLocale(): UiLocale {
  return readPreferences().language ?? uiLocaleFor(window.navigator.language)
}

const serverUiLocale = (): UiLocale => 'en'

export function useUiLocale(): UiLocale {
  return useSyncExternalStore(subscribeToPreferences, readUiLocale, serverUiLocale)
}
