import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'

export type StoredPreferences = Partial<{
  theme: 'system' | 'light' | 'dark' | 'sepia'
  textSize: 'small' | 'medium' | 'large' | 'x-large' | 'xx-large'
  lineWidth: 'narrow' | 'normal' | 'wide'
  language: 'en' | 'id'
}>

/** Puts preferences (or any raw text) into localStorage before the page's own scripts run, as a returning reader has. */
export async function storePreferences(page: Page, preferences: StoredPreferences | string) {
  const stored = typeof preferences === 'string' ? preferences : JSON.stringify(preferences)
  await page.addInitScript((value) => window.localStorage.setItem('warta:preferences', value), stored)
}

/**
 * Waits until the prerendered page has hydrated and its keyboard shortcuts listen: `?` opens the help dialog only
 * then. Esc closes it again, leaving focus where it was.
 */
export async function whenInteractive(page: Page) {
  const help = page.getByRole('dialog', { name: /Keyboard shortcuts|Pintasan keyboard/ })
  await expect(async () => {
    await page.keyboard.press('?')
    await expect(help).toBeVisible({ timeout: 250 })
  }).toPass()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
}

/** True when the page can be read without scrolling sideways. */
export const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)
