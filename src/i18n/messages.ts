import { type Catalogue, useCatalogue } from './catalogue.ts'
import { formatNumber, plural } from './plural.ts'

/**
 * The UI strings of the first view and of everything the entry script renders, in one typed catalogue. English is the
 * default (what prerendered pages show) and matches the seed blog theme's wording; `id` must have every key `en` has,
 * or the typecheck fails. Numbers and plurals go through Intl in the catalogue's own locale, never string
 * concatenation. Strings only a lazily loaded part shows live in that part's own catalogue (see `catalogue.ts`):
 * `comment-messages.ts`, `settings-messages.ts`, `shortcut-messages.ts`.
 */
export const en = {
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
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no article at this address. It may have moved, or the link may be incomplete.',
  goHome: 'Go to the front page',
  errorTitle: 'Something went wrong',
  tryAgain: 'Try again',
  loading: 'Loading…',
  // Reading preferences: the Settings button; the choices in its panel have their own catalogue
  settings: 'Settings',
  readingProgress: 'Reading progress',
  continueReadingQuestion: 'Continue where you left off?',
  continueReading: (blockNumber: number) => `Continue at paragraph ${formatNumber('en', blockNumber)}`,
  dismiss: 'Dismiss',
  // Keyboard shortcuts: the button's name, which is also the dialog's title
  keyboardShortcuts: 'Keyboard shortcuts',
  // Comments: what the section shows before (or instead of) the comments panel; the panel's own words are its own
  commentsLoading: 'Loading comments…',
  commentsUnavailable: 'Comments are unavailable right now. The article is all here, and anything you write is kept.',
  commentsNotLoaded:
    'The comments could not be loaded. The article is all here; they will load once you are back online.',
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
  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundText: 'Tidak ada artikel di alamat ini. Mungkin sudah dipindahkan, atau tautannya tidak lengkap.',
  goHome: 'Ke halaman depan',
  errorTitle: 'Terjadi kesalahan',
  tryAgain: 'Coba lagi',
  loading: 'Memuat…',
  settings: 'Pengaturan',
  readingProgress: 'Kemajuan membaca',
  continueReadingQuestion: 'Lanjutkan dari bagian terakhir yang Anda baca?',
  continueReading: (blockNumber) => `Lanjutkan di paragraf ${formatNumber('id', blockNumber)}`,
  dismiss: 'Tutup',
  keyboardShortcuts: 'Pintasan keyboard',
  commentsLoading: 'Memuat komentar…',
  commentsUnavailable:
    'Komentar tidak tersedia saat ini. Artikelnya tetap lengkap, dan apa pun yang Anda tulis tetap tersimpan.',
  commentsNotLoaded:
    'Komentar tidak dapat dimuat. Artikelnya tetap lengkap; komentar akan dimuat begitu Anda kembali online.',
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
