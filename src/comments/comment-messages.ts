import { type Catalogue, useCatalogue } from '../i18n/catalogue.ts'
import { formatNumber, plural } from '../i18n/plural.ts'
import { BODY_MAX, FIELD_PROBLEM_MESSAGES, type FieldProblem, NAME_MAX } from './comment-schema.ts'

/**
 * The words of the comments panel (count, list, "Show more", form, post failures, field problems). Only the panel's
 * chunk imports this, so they download with the panel when the reader nears the comments, not with the first view.
 * The heading, the placeholder and what the section says while the panel is not there stay in `i18n/messages.ts`:
 * the prerendered page and the entry script show them. Built like that catalogue: `id` must have every key `en` has.
 */
/** The API's own words (the form's check and the server's 400 give these), so English needs no second copy. */
const apiFieldProblemWording: Readonly<Record<FieldProblem, string>> = FIELD_PROBLEM_MESSAGES

const en = {
  commentName: 'Name',
  commentBody: 'Comment',
  publish: 'Publish',
  commentCount: (count: number) =>
    count === 0 ? 'No comments yet' : plural('en', count, { one: '{count} Comment', other: '{count} Comments' }),
  commentsWaitingForNetwork: 'You appear to be offline. Comments will load when you are back online.',
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
  postFailedUnreachable:
    'The comments service cannot be reached right now, so your comment was not sent. It is kept here: please publish again in a moment.',
  fieldProblems: apiFieldProblemWording,
}

export type CommentMessages = typeof en

const id: CommentMessages = {
  commentName: 'Nama',
  commentBody: 'Komentar',
  publish: 'Publikasikan',
  commentCount: (count) => (count === 0 ? 'Belum ada komentar' : plural('id', count, { other: '{count} Komentar' })),
  commentsWaitingForNetwork: 'Sepertinya Anda sedang offline. Komentar akan dimuat saat Anda kembali online.',
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
  postFailedUnreachable:
    'Layanan komentar tidak dapat dihubungi saat ini, jadi komentar Anda belum terkirim. Komentar tetap tersimpan di sini: silakan publikasikan lagi sebentar lagi.',
  fieldProblems: {
    'name-missing': 'Silakan isi nama Anda.',
    'name-too-long': `Nama Anda lebih dari ${formatNumber('id', NAME_MAX)} karakter.`,
    'body-missing': 'Silakan tulis komentar.',
    'body-too-long': `Komentar Anda lebih dari ${formatNumber('id', BODY_MAX)} karakter.`,
  },
}

export const commentMessages: Catalogue<CommentMessages> = { en, id }

/** The comments panel's strings in the reader's UI language. */
export function useCommentMessages(): CommentMessages {
  return useCatalogue(commentMessages)
}
