import type { UiLocale } from '../preferences/preferences-schema.ts'
import { type Catalogue, useCatalogue } from './catalogue.ts'
import { formatNumber, plural } from './plural.ts'

/**
 * Every UI string, in one typed catalogue. English is the default (what prerendered pages show) and matches the seed
 * blog theme's wording; `id` must have every key `en` has, or the typecheck fails. Numbers and plurals go through Intl
 * in the catalogue's own locale, never string concatenation.
 */
export const en = {
  locale: 'en' as UiLocale,
  siteName: 'Warta',
  siteTagline: 'News, fast and shareable',
  siteDescription: 'Warta: the latest articles, fast to open and easy to share, down to the paragraph.',
  skipToContent: 'Skip to content',
  home: 'Home',
  backToList: 'All articles',
  previousPost: 'Previous Post',
  nextPost: 'Next Post',
  postNavigation: 'More articles',
  pagination: 'Pages',
  newerArticles: 'Newer articles',
  olderArticles: 'Older articles',
  pageOf: (page: number, pageCount: number) => `Page ${formatNumber('en', page)} of ${formatNumber('en', pageCount)}`,
  minutesRead: (minutes: number) => plural('en', minutes, { one: '{count} min read', other: '{count} min read' }),
  byAuthor: (author: string) => `By ${author}`,
  linkToBlock: (blockNumber: number) => `Link to paragraph ${formatNumber('en', blockNumber)}`,
  latestArticles: 'Latest articles',
  noArticles: 'No articles yet.',
  postAComment: 'Post a Comment',
  commentName: 'Name',
  commentBody: 'Comment',
  publish: 'Publish',
  commentsOpenSoon: 'Comments open soon.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no article at this address. It may have moved, or the link may be incomplete.',
  goHome: 'Go to the front page',
  errorTitle: 'Something went wrong',
  tryAgain: 'Try again',
  loading: 'Loading…',
  // Reading preferences
  settings: 'Settings',
  textSize: 'Text size',
  textSizeNames: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Larger', 'xx-large': 'Largest' },
  lineWidth: 'Line width',
  lineWidthNames: { narrow: 'Narrow', normal: 'Normal', wide: 'Wide' },
  theme: 'Theme',
  themeNames: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
  language: 'Language',
  readingProgress: 'Reading progress',
  continueReadingQuestion: 'Continue where you left off?',
  continueReading: (blockNumber: number) => `Continue at paragraph ${formatNumber('en', blockNumber)}`,
  dismiss: 'Dismiss',
  // Keyboard shortcuts
  keyboardShortcuts: 'Keyboard shortcuts',
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
  // Comments
  commentCount: (count: number) =>
    count === 0 ? 'No comments yet' : plural('en', count, { one: '{count} Comment', other: '{count} Comments' }),
  commentsLoading: 'Loading comments…',
  commentsWaitingForNetwork: 'You appear to be offline. Comments will load when you are back online.',
  commentsUnavailable: 'Comments are unavailable right now. The article is all here, and anything you write is kept.',
  showMoreComments: 'Show more comments',
  moreCommentsFailed: 'More comments could not be loaded.',
  linkToComment: (name: string) => `Link to the comment by ${name}`,
  linkedCommentMissing: 'The comment this link points to is no longer here: it may have been removed.',
  commentHoneypot: 'Leave this field empty',
  charactersLeft: (count: number) =>
    plural('en', count, { one: '{count} character left', other: '{count} characters left' }),
  charactersOver: (count: number) =>
    plural('en', count, { one: '{count} character over the limit', other: '{count} characters over the limit' }),
  publishing: 'Publishing…',
  commentPublished: 'Thank you! Your comment is published.',
  postFailedOffline:
    'You appear to be offline, so your comment was not sent. It is kept here: publish again when you are back online.',
  postFailedRateLimited: (seconds: number | null) =>
    seconds === null
      ? 'You are commenting too fast. Please wait a moment, then publish again. Your comment is kept.'
      : plural('en', seconds, {
          one: 'You are commenting too fast. Please wait {count} second, then publish again. Your comment is kept.',
          other: 'You are commenting too fast. Please wait {count} seconds, then publish again. Your comment is kept.',
        }),
  postFailedDuplicate: 'You already posted this comment a moment ago.',
  postFailedInvalid: 'Please check the marked fields.',
  postFailedTooLarge: 'Your comment is too large to send. Please shorten it.',
  postFailedRefused: 'Comments cannot be posted here right now. Your comment is kept.',
  postFailedServer:
    'Something went wrong on our side, so your comment was not published. It is kept here: please try again.',
  // Sharing
  share: 'Share',
  shareQuote: 'Share quote',
  linkCopied: 'Link copied',
  paragraphLinkCopied: 'Link to this paragraph copied',
  quoteLinkCopied: 'Link to the quote copied',
  linkShared: 'Link shared',
  copyFailed: 'The link could not be copied. Copy it from the address bar instead.',
  commentsNeedJavaScript: 'Reading and posting comments needs JavaScript.',
}

export type Messages = typeof en

export const id: Messages = {
  locale: 'id',
  siteName: 'Warta',
  siteTagline: 'Berita, cepat dan mudah dibagikan',
  siteDescription: 'Warta: artikel terbaru, cepat dibuka dan mudah dibagikan, sampai ke paragrafnya.',
  skipToContent: 'Langsung ke konten',
  home: 'Beranda',
  backToList: 'Semua artikel',
  previousPost: 'Posting Sebelumnya',
  nextPost: 'Posting Berikutnya',
  postNavigation: 'Artikel lainnya',
  pagination: 'Halaman',
  newerArticles: 'Artikel lebih baru',
  olderArticles: 'Artikel lebih lama',
  pageOf: (page, pageCount) => `Halaman ${formatNumber('id', page)} dari ${formatNumber('id', pageCount)}`,
  minutesRead: (minutes) => plural('id', minutes, { other: '{count} menit baca' }),
  byAuthor: (author) => `Oleh ${author}`,
  linkToBlock: (blockNumber) => `Tautan ke paragraf ${formatNumber('id', blockNumber)}`,
  latestArticles: 'Artikel terbaru',
  noArticles: 'Belum ada artikel.',
  postAComment: 'Poskan Komentar',
  commentName: 'Nama',
  commentBody: 'Komentar',
  publish: 'Publikasikan',
  commentsOpenSoon: 'Komentar segera dibuka.',
  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundText: 'Tidak ada artikel di alamat ini. Mungkin sudah dipindahkan, atau tautannya tidak lengkap.',
  goHome: 'Ke halaman depan',
  errorTitle: 'Terjadi kesalahan',
  tryAgain: 'Coba lagi',
  loading: 'Memuat…',
  settings: 'Pengaturan',
  textSize: 'Ukuran teks',
  textSizeNames: { small: 'Kecil', medium: 'Sedang', large: 'Besar', 'x-large': 'Lebih besar', 'xx-large': 'Terbesar' },
  lineWidth: 'Lebar baris',
  lineWidthNames: { narrow: 'Sempit', normal: 'Normal', wide: 'Lebar' },
  theme: 'Tema',
  themeNames: { system: 'Sistem', light: 'Terang', dark: 'Gelap', sepia: 'Sepia' },
  language: 'Bahasa',
  readingProgress: 'Kemajuan membaca',
  continueReadingQuestion: 'Lanjutkan dari bagian terakhir yang Anda baca?',
  continueReading: (blockNumber) => `Lanjutkan di paragraf ${formatNumber('id', blockNumber)}`,
  dismiss: 'Tutup',
  keyboardShortcuts: 'Pintasan keyboard',
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
  commentCount: (count) => (count === 0 ? 'Belum ada komentar' : plural('id', count, { other: '{count} Komentar' })),
  commentsLoading: 'Memuat komentar…',
  commentsWaitingForNetwork: 'Sepertinya Anda sedang offline. Komentar akan dimuat saat Anda kembali online.',
  commentsUnavailable:
    'Komentar tidak tersedia saat ini. Artikelnya tetap lengkap, dan apa pun yang Anda tulis tetap tersimpan.',
  showMoreComments: 'Tampilkan komentar lainnya',
  moreCommentsFailed: 'Komentar lainnya tidak dapat dimuat.',
  linkToComment: (name) => `Tautan ke komentar dari ${name}`,
  linkedCommentMissing: 'Komentar yang dituju tautan ini sudah tidak ada: mungkin telah dihapus.',
  commentHoneypot: 'Biarkan kolom ini kosong',
  charactersLeft: (count) => plural('id', count, { other: 'Sisa {count} karakter' }),
  charactersOver: (count) => plural('id', count, { other: '{count} karakter melebihi batas' }),
  publishing: 'Memublikasikan…',
  commentPublished: 'Terima kasih! Komentar Anda sudah terbit.',
  postFailedOffline:
    'Sepertinya Anda sedang offline, jadi komentar Anda belum terkirim. Komentar tetap tersimpan di sini: publikasikan lagi saat Anda kembali online.',
  postFailedRateLimited: (seconds) =>
    seconds === null
      ? 'Anda berkomentar terlalu cepat. Tunggu sebentar, lalu publikasikan lagi. Komentar Anda tetap tersimpan.'
      : plural('id', seconds, {
          other:
            'Anda berkomentar terlalu cepat. Tunggu {count} detik, lalu publikasikan lagi. Komentar Anda tetap tersimpan.',
        }),
  postFailedDuplicate: 'Anda sudah memposkan komentar ini barusan.',
  postFailedInvalid: 'Periksa kolom yang ditandai.',
  postFailedTooLarge: 'Komentar Anda terlalu besar untuk dikirim. Silakan persingkat.',
  postFailedRefused: 'Komentar tidak dapat diposkan di sini saat ini. Komentar Anda tetap tersimpan.',
  postFailedServer:
    'Terjadi kesalahan di pihak kami, jadi komentar Anda belum terbit. Komentar tetap tersimpan di sini: silakan coba lagi.',
  share: 'Bagikan',
  shareQuote: 'Bagikan kutipan',
  linkCopied: 'Tautan disalin',
  paragraphLinkCopied: 'Tautan ke paragraf ini disalin',
  quoteLinkCopied: 'Tautan ke kutipan disalin',
  linkShared: 'Tautan dibagikan',
  copyFailed: 'Tautan tidak dapat disalin. Salin dari bilah alamat saja.',
  commentsNeedJavaScript: 'Membaca dan memposkan komentar memerlukan JavaScript.',
}

export const catalogue: Catalogue<Messages> = { en, id }

/** The strings for the reader's UI language (English while hydrating prerendered HTML, then the reader's choice). */
export function useMessages(): Messages {
  return useCatalogue(catalogue)
}
