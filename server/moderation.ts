import type { CommentStore } from './comment-store.ts'

export const moderationUsage =
  'Usage: moderate list <slug> | hide <id> | unhide <id> | delete <id>   (database: COMMENTS_DB)'

/** Exit codes, so scripts can tell "no such comment" from a typo in the command. */
export const ModerationExit = { done: 0, notFound: 1, usage: 2 } as const

export type ModerationOutput = { out(line: string): void; err(line: string): void }

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** The moderation commands, apart from process handling so tests can run them in-process against a real database. */
export function runModeration(store: CommentStore, args: readonly string[], io: ModerationOutput): number {
  const [command, argument] = args
  if (!command || !argument || args.length > 2) {
    io.err(moderationUsage)
    return ModerationExit.usage
  }

  if (command === 'list') {
    const comments = store.allForArticle(argument)
    if (comments.length === 0) io.out(`No comments on "${argument}".`)
    for (const comment of comments) {
      const columns = [String(comment.id).padStart(6), comment.status.padEnd(7), comment.createdAt]
      io.out(`${columns.join('  ')}  ${oneLine(comment.name, 24)}`)
      io.out(`        ${oneLine(comment.body, 100)}`)
    }
    return ModerationExit.done
  }

  if (command !== 'hide' && command !== 'unhide' && command !== 'delete') {
    io.err(moderationUsage)
    return ModerationExit.usage
  }
  if (!/^[1-9]\d{0,15}$/.test(argument)) {
    io.err(`"${argument}" is not a comment id.`)
    return ModerationExit.usage
  }
  const id = Number(argument)
  const found = command === 'delete' ? store.delete(id) : store.setStatus(id, command === 'hide' ? 'hidden' : 'visible')
  if (!found) {
    io.err(`No comment has id ${id}.`)
    return ModerationExit.notFound
  }
  io.out(
    command === 'delete'
      ? `Comment ${id} is deleted.`
      : `Comment ${id} is now ${command === 'hide' ? 'hidden' : 'visible'}.`,
  )
  return ModerationExit.done
}
