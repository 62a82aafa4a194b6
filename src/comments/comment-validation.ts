import type { z } from 'zod/mini'
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
  const parsed = commentInputSchema.safeParse(input)
  if (parsed.success) return { success: true, data: parsed.data }
  return { success: false, fields: fieldErrorsFrom(parsed.error.issues) }
}

/** The first issue for each field; issues about anything else (the honeypot) are not the reader's to fix. */
export function fieldErrorsFrom(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) {
    const field = commentFieldSchema.safeParse(issue.path[0])
    if (field.success) fields[field.data] ??= issue.message
  }
  return fields
}

/** The fields in the order the form shows them, for moving focus to the first one that needs attention. */
export const FIELD_ORDER: readonly CommentField[] = ['name', 'body']

export function firstInvalidField(fields: FieldErrors): CommentField | null {
  return FIELD_ORDER.find((field) => fields[field] !== undefined) ?? null
}
