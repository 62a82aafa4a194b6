import { type Catalogue, useCatalogue } from '../i18n/catalogue.ts'

/**
 * The words of the "Settings" panel's choices. Only that panel's chunk imports this, so they download with the
 * choices on the first open; the "Settings" button itself is in the first view and keeps its name in
 * `i18n/messages.ts`. Built like that catalogue: `id` must have every key `en` has.
 */
const en = {
  textSize: 'Text size',
  textSizeNames: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Larger', 'xx-large': 'Largest' },
  lineWidth: 'Line width',
  lineWidthNames: { narrow: 'Narrow', normal: 'Normal', wide: 'Wide' },
  theme: 'Theme',
  themeNames: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
  language: 'Language',
}

export type SettingsMessages = typeof en

const id: SettingsMessages = {
  textSize: 'Ukuran teks',
  textSizeNames: { small: 'Kecil', medium: 'Sedang', large: 'Besar', 'x-large': 'Lebih besar', 'xx-large': 'Terbesar' },
  lineWidth: 'Lebar baris',
  lineWidthNames: { narrow: 'Sempit', normal: 'Normal', wide: 'Lebar' },
  theme: 'Tema',
  themeNames: { system: 'Sistem', light: 'Terang', dark: 'Gelap', sepia: 'Sepia' },
  language: 'Bahasa',
}

export const settingsMessages: Catalogue<SettingsMessages> = { en, id }

/** The settings choices' strings in the reader's UI language. */
export function useSettingsMessages(): SettingsMessages {
  return useCatalogue(settingsMessages)
}
