import * as v from 'valibot'

/**
 * The reader's preferences as stored in localStorage under one key. Every field falls back to its default on its own,
 * so one broken or foreign value (an old build, a hand edit, another app on the same origin) never discards the rest
 * and never throws. The ones that change how a page paints are also copied into a cookie for the server
 * (preferences-cookie.ts).
 */

export const PREFERENCES_STORAGE_KEY = 'warta:preferences'

export const textSizes = ['small', 'medium', 'large', 'x-large', 'xx-large'] as const
export const lineWidths = ['narrow', 'normal', 'wide'] as const
export const themes = ['system', 'light', 'dark', 'sepia'] as const
export const uiLocales = ['en', 'id'] as const

export type TextSize = (typeof textSizes)[number]
export type LineWidth = (typeof lineWidths)[number]
export type Theme = (typeof themes)[number]
export type UiLocale = (typeof uiLocales)[number]

export const preferencesSchema = v.object({
  textSize: v.fallback(v.picklist(textSizes), 'medium'),
  lineWidth: v.fallback(v.picklist(lineWidths), 'normal'),
  theme: v.fallback(v.picklist(themes), 'system'),
  // Absent until the reader picks one: until then the browser's language decides.
  language: v.fallback(v.optional(v.picklist(uiLocales)), undefined),
})

export type Preferences = v.InferOutput<typeof preferencesSchema>

export const defaultPreferences: Preferences = Object.freeze({
  textSize: 'medium',
  lineWidth: 'normal',
  theme: 'system',
  language: undefined,
})

/** Stored text (or null when nothing is stored) to preferences; anything unreadable gives the defaults. */
export function parsePreferences(stored: string | null): Preferences {
  if (stored === null) return defaultPreferences
  let json: unknown
  try {
    json = JSON.parse(stored)
  } catch {
    return defaultPreferences
  }
  const parsed = v.safeParse(preferencesSchema, json)
  return parsed.success ? parsed.output : defaultPreferences
}

/** The UI language for a browser language tag such as `id-ID` or `en-GB`: Indonesian or, otherwise, English. */
export function uiLocaleFor(browserLanguage: string | undefined): UiLocale {
  return browserLanguage?.toLowerCase().split('-')[0] === 'id' ? 'id' : 'en'
}
