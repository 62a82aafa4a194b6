import { paintAttributes } from './preferences-cookie.ts'
import type { Preferences } from './preferences-schema.ts'

/**
 * The attributes on `<html>` that the CSS keys off. The server already sends them in the page when the reader's
 * preferences cookie asks for them (preferences-cookie.ts); this applies them when it could not (the cookie was not
 * set yet, or the pages are served by something else) and keeps them current when the reader changes a setting, here
 * or in another tab.
 */
export function applyPreferencesToDocument(root: HTMLElement, preferences: Preferences): void {
  for (const [name, value] of Object.entries(paintAttributes(preferences))) {
    if (root.getAttribute(name) !== value) root.setAttribute(name, value)
  }
}

/** Whether `<html>` already carries every attribute these preferences ask for: then applying them changes nothing. */
export function documentShowsPreferences(root: HTMLElement, preferences: Preferences): boolean {
  return Object.entries(paintAttributes(preferences)).every(([name, value]) => root.getAttribute(name) === value)
}
