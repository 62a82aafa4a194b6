/** The id of the "Post a Comment" section: the `c` shortcut and a permalink to a missing comment go there. */
export const COMMENTS_SECTION_ID = 'comments'

/** The element id of a comment, and the URL hash `#comment-<id>` that links to it. */
export function commentAnchorId(id: number): string {
  return `comment-${id}`
}

const commentHashPattern = /^#comment-([1-9]\d{0,15})$/

/** The comment a URL hash points at, or null for any other hash. */
export function commentIdFromHash(hash: string): number | null {
  const match = commentHashPattern.exec(hash)
  return match ? Number(match[1]) : null
}
