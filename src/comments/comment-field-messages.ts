import type { CommentMessages } from './comment-messages.ts'
import { FIELD_PROBLEM_MESSAGES, type FieldProblem } from './comment-schema.ts'

const fieldProblems: readonly FieldProblem[] = ['name-missing', 'name-too-long', 'body-missing', 'body-too-long']
const problemByApiMessage = new Map<string, FieldProblem>(
  fieldProblems.map((problem) => [FIELD_PROBLEM_MESSAGES[problem], problem]),
)

/**
 * A field message from the form's check or the server's 400, in the language of `t`. Both speak the API's words; one
 * the client does not know (a server newer than this page) is shown as the server wrote it rather than hidden.
 */
export function fieldMessageIn(t: CommentMessages, apiMessage: string): string {
  const problem = problemByApiMessage.get(apiMessage)
  return problem ? t.fieldProblems[problem] : apiMessage
}
