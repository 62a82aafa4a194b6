import {
  defaultPreferences,
  type LineWidth,
  lineWidths,
  type TextSize,
  type Theme,
  textSizes,
  themes,
} from './preferences-schema.ts'

/**
 * The preferences that change how a page paints (theme, text size, line width), copied into a cookie so the server can
 * put them on `<html>` in the page it sends. The page then paints in the reader's settings with no script in `<head>`:
 * a script there, however small, cost 15–40 ms of the first paint on a throttled phone (decision 012). localStorage
 * stays the store the app reads; the client rewrites this copy whenever the preferences change.
 *
 * The value is three words in a fixed order, `dark.large.wide`. Each is checked against its list on its own, so the
 * server never writes anything into the page but one of the known values.
 */

export const PREFERENCES_COOKIE = 'warta-prefs'

export interface PaintPreferences {
  theme: Theme
  textSize: TextSize
  lineWidth: LineWidth
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T =>
  allowed.find((candidate) => candidate === value) ?? fallback

export const isDefaultPaint = (preferences: PaintPreferences) =>
  preferences.theme === defaultPreferences.theme &&
  preferences.textSize === defaultPreferences.textSize &&
  preferences.lineWidth === defaultPreferences.lineWidth

/** The cookie's value for these preferences; null for the defaults, which need no cookie. */
export function preferencesCookieValue(preferences: PaintPreferences): string | null {
  return isDefaultPaint(preferences) ? null : `${preferences.theme}.${preferences.textSize}.${preferences.lineWidth}`
}

/** A cookie value back to preferences; a missing, foreign or broken part gives that part's default. */
export function parsePreferencesCookie(value: string | undefined): PaintPreferences {
  const [theme, textSize, lineWidth] = (value ?? '').split('.')
  return {
    theme: oneOf(themes, theme, defaultPreferences.theme),
    textSize: oneOf(textSizes, textSize, defaultPreferences.textSize),
    lineWidth: oneOf(lineWidths, lineWidth, defaultPreferences.lineWidth),
  }
}

/** This cookie's value in a `Cookie` request header (or `document.cookie`), if it is there. */
export function preferencesCookieIn(cookieHeader: string | undefined | null): string | undefined {
  for (const pair of cookieHeader?.split(';') ?? []) {
    const separator = pair.indexOf('=')
    if (separator > 0 && pair.slice(0, separator).trim() === PREFERENCES_COOKIE) return pair.slice(separator + 1).trim()
  }
  return undefined
}

/** The attributes on `<html>` that the CSS keys off. */
export function paintAttributes(preferences: PaintPreferences): Record<string, string> {
  return {
    'data-theme': preferences.theme,
    'data-text-size': preferences.textSize,
    'data-line-width': preferences.lineWidth,
  }
}

/** The `document.cookie` assignment that stores these preferences for a year, or removes the cookie for the defaults. */
export function preferencesCookieAssignment(preferences: PaintPreferences, secure: boolean): string {
  const value = preferencesCookieValue(preferences)
  const attributes = `; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`
  return value === null
    ? `${PREFERENCES_COOKIE}=${attributes}; Max-Age=0`
    : `${PREFERENCES_COOKIE}=${value}${attributes}; Max-Age=31536000`
}
