import { formatNumber } from '../i18n/plural.ts'
import type { UiLocale } from '../preferences/preferences-schema.ts'
import { BODY_MAX, FIELD_PROBLEM_MESSAGES, type FieldProblem, NAME_MAX } from './comment-schema.ts'

/**
 * What is wrong with a form field, in the reader's UI language. Kept here rather than in the app-wide catalogue so the
 * words travel in the comments chunk, not in the script every first view downloads.
 */
const fieldProblemWording: Readonly<Record<UiLocale, Readonly<Record<FieldProblem, string>>>> = {
  en: FIELD_PROBLEM_MESSAGES,
  id: {
    'name-missing': 'Silakan isi nama Anda.',
    'name-too-long': `Nama Anda lebih dari ${formatNumber('id', NAME_MAX)} karakter.`,
    'body-missing': 'Silakan tulis komentar.',
    'body-too-long': `Komentar Anda lebih dari ${formatNumber('id', BODY_MAX)} karakter.`,
  },
}

const fieldProblems: readonly FieldProblem[] = ['name-missing', 'name-too-long', 'body-missing', 'body-too-long']
const problemByApiMessage = new Map<string, FieldProblem>(
  fieldProblems.map((problem) => [FIELD_PROBLEM_MESSAGES[problem], problem]),
)

/**
 * A field message from the form's check or the server's 400, in `locale`. Both speak the API's words; one the client
 * does not know (a server newer than this page) is shown as the server wrote it rather than hidden.
 */
export function fieldMessageIn(locale: UiLocale, apiMessage: string): string {
  const problem = problemByApiMessage.get(apiMessage)
  return problem ? fieldProblemWording[locale][problem] : apiMessage
}
