import { type Catalogue, useCatalogue } from '../i18n/catalogue.ts'

/**
 * The words of the "Keyboard shortcuts" dialog. Only the dialog's chunk imports this, so they download with it on the
 * first `?` or click; the button (whose name is also the dialog's title) is in the first view and keeps its name in
 * `i18n/messages.ts`. Built like that catalogue: `id` must have every key `en` has.
 */
const en = {
  close: 'Close',
  shortcutsOnArticle: 'On an article',
  shortcutsOnList: 'On the article list',
  shortcutsEverywhere: 'Everywhere',
  shortcutNextBlock: 'Next paragraph',
  shortcutPreviousBlock: 'Previous paragraph',
  shortcutNextPost: 'Next Post',
  shortcutPreviousPost: 'Previous Post',
  shortcutComments: 'Go to “Post a Comment”',
  shortcutHome: 'Go to the front page',
  shortcutHelp: 'Show these shortcuts',
  shortcutSelectNext: 'Select the next article',
  shortcutSelectPrevious: 'Select the previous article',
  shortcutOpenSelected: 'Open the selected article',
  shortcutsIgnoredWhileTyping: 'Shortcuts are off while you type in a field.',
  or: 'or',
}

export type ShortcutMessages = typeof en

const id: ShortcutMessages = {
  close: 'Tutup',
  shortcutsOnArticle: 'Di halaman artikel',
  shortcutsOnList: 'Di daftar artikel',
  shortcutsEverywhere: 'Di semua halaman',
  shortcutNextBlock: 'Paragraf berikutnya',
  shortcutPreviousBlock: 'Paragraf sebelumnya',
  shortcutNextPost: 'Posting Berikutnya',
  shortcutPreviousPost: 'Posting Sebelumnya',
  shortcutComments: 'Ke “Poskan Komentar”',
  shortcutHome: 'Ke halaman depan',
  shortcutHelp: 'Tampilkan pintasan ini',
  shortcutSelectNext: 'Pilih artikel berikutnya',
  shortcutSelectPrevious: 'Pilih artikel sebelumnya',
  shortcutOpenSelected: 'Buka artikel yang dipilih',
  shortcutsIgnoredWhileTyping: 'Pintasan tidak aktif saat Anda mengetik di kolom isian.',
  or: 'atau',
}

export const shortcutMessages: Catalogue<ShortcutMessages> = { en, id }

/** The shortcuts dialog's strings in the reader's UI language. */
export function useShortcutMessages(): ShortcutMessages {
  return useCatalogue(shortcutMessages)
}
