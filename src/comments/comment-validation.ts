import * as v from 'valibot'
import {
  type CommentField,
  type CommentInput,
  commentFieldSchema,
  commentInputSchema,
  type ValidCommentInput,
} from './comment-schema.ts'

/** One message per form field, in the words the API uses, so the client and the server say the same thing. */
export type FieldErrors = Partial<Record<CommentField, string>>

export type CommentValidation = { success: true; data: ValidCommentInput } | { success: false; fields: FieldErrors }

/** Checks the form with the API's own schema before anything is sent. */
export function validateComment(input: CommentInput): CommentValidation {
  const parsed = v.safeParse(commentInputSchema, input)
  if (parsed.success) return { success: true, data: parsed.output }
  return { success: false, fields: fieldErrorsFrom(parsed.issues) }
}

/** The first issue for each field; issues about anything else (the honeypot) are not the reader's to fix. */
export function fieldErrorsFrom(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) {
    const field = v.safeParse(commentFieldSchema, issue.path?.[0]?.key)
    if (field.success) fields[field.output] ??= issue.message
  }
  return fields
}

/** The fields in the order the form shows them, for moving focus to the first one that needs attention. */
export const FIELD_ORDER: readonly CommentField[] = ['name', 'body']

export function firstInvalidField(fields: FieldErrors): CommentField | null {
  return FIELD_ORDER.find((field) => fields[field] !== undefined) ?? null
}
