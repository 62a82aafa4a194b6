import { createCommentStore } from './comment-store.ts'
import { openDatabase } from './database.ts'
import { runModeration } from './moderation.ts'

/**
 * Moderation from a shell, on the database the server uses (WAL lets both have it open):
 *   tsx server/moderate.ts list <slug> | hide <id> | unhide <id> | delete <id>
 * Exit codes: 0 done, 1 no such comment, 2 usage error.
 */
const db = openDatabase(process.env.COMMENTS_DB ?? 'data/comments.sqlite')
try {
  process.exitCode = runModeration(createCommentStore(db), process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  })
} finally {
  db.close()
}
