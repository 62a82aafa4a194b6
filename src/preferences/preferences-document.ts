import type { Preferences } from './preferences-schema.ts'

/**
 * The attributes on `<html>` that the CSS keys off. `public/preferences-init.js` sets the same ones before first paint;
 * this keeps them current when the reader changes a setting (here or in another tab).
 */
export function applyPreferencesToDocument(root: HTMLElement, preferences: Preferences): void {
  root.setAttribute('data-theme', preferences.theme)
  root.setAttribute('data-text-size', preferences.textSize)
  root.setAttribute('data-line-width', preferences.lineWidth)
}
