import { useMutation, useQueryClient } from '@tanstack/react-query'
import { fetchJson } from '../http.ts'
import { browserStorage, clearDraft, rememberName } from './comment-draft.ts'
import { withPublishedComment } from './comment-pages.ts'
import { commentKeys, commentListQuery } from './comment-queries.ts'
import { type Comment, commentSchema, commentsPath, type ValidCommentInput } from './comment-schema.ts'

export function postComment(slug: string, input: ValidCommentInput): Promise<Comment> {
  return fetchJson(commentsPath(slug), commentSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
}

/**
 * Publishes a comment. Only the server's 201 clears the stored draft; any failure leaves it where it was. The accepted
 * comment goes straight into the list's cache, and the list is marked stale for the next visit.
 */
export function usePostComment(slug: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ValidCommentInput) => postComment(slug, input),
    // Fail at once when the browser thinks it is offline, rather than pausing with the button stuck on "Publishing…":
    // the reader gets the reason and keeps the text.
    networkMode: 'always',
    onSuccess: (comment, input) => {
      const storage = browserStorage()
      clearDraft(storage, slug)
      rememberName(storage, input.name)
      queryClient.setQueryData(commentListQuery(slug).queryKey, (pages) => withPublishedComment(pages, comment))
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(slug), refetchType: 'none' })
    },
  })
}
