/**
 * Every problem in a content file is reported as `file:line: reason`, so an editor (or a terminal that links paths)
 * can jump straight to it. The build collects these from all files and throws them together, so one run shows
 * every broken file instead of making the author fix them one by one.
 */
export interface ContentIssue {
  file: string
  line: number
  reason: string
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.reason}`
}

export class ContentError extends Error {
  readonly issues: readonly ContentIssue[]

  constructor(issues: readonly ContentIssue[]) {
    const noun = issues.length === 1 ? 'problem' : 'problems'
    super(`Content build failed with ${issues.length} ${noun}:\n${issues.map(formatIssue).join('\n')}`)
    this.name = 'ContentError'
    this.issues = issues
  }
}

/** Shorthand for the common case of a single problem in one file. */
export function contentError(file: string, line: number, reason: string): ContentError {
  return new ContentError([{ file, line, reason }])
}
