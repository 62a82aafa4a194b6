import { createHmac } from 'node:crypto'
import type { Comment } from '../src/comments/comment-schema.ts'
import { type CommentsDatabase, clientHashKey } from './database.ts'

export type CommentStatus = 'visible' | 'hidden' | 'spam'

export type NewComment = {
  slug: string
  name: string
  body: string
  status: CommentStatus
  clientAddress: string
  createdAt: Date
}

/** What moderators see: every status, and which article. */
export type StoredComment = Comment & { slug: string; status: CommentStatus }

type Row = { id: number; slug: string; name: string; body: string; created_at: string; status: CommentStatus }

const toComment = (row: Row): Comment => ({ id: row.id, name: row.name, body: row.body, createdAt: row.created_at })

/** Every query the app runs, prepared once at start-up so a typo in SQL fails the boot, not a request. */
export function createCommentStore(db: CommentsDatabase) {
  const hashKey = clientHashKey(db)
  const insert = db.prepare<[string, string, string, string, CommentStatus, string]>(
    `INSERT INTO comments (slug, name, body, created_at, status, client_hash) VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const pageVisible = db.prepare<[string, number, number], Row>(
    `SELECT id, slug, name, body, created_at, status FROM comments
     WHERE slug = ? AND status = 'visible' AND id > ? ORDER BY id LIMIT ?`,
  )
  const countVisible = db
    .prepare<[string], number>(`SELECT count(*) FROM comments WHERE slug = ? AND status = 'visible'`)
    .pluck()
  const allForArticle = db.prepare<[string], Row>(
    `SELECT id, slug, name, body, created_at, status FROM comments WHERE slug = ? ORDER BY id`,
  )
  const updateStatus = db.prepare<[CommentStatus, number]>(`UPDATE comments SET status = ? WHERE id = ?`)
  const remove = db.prepare<[number]>(`DELETE FROM comments WHERE id = ?`)

  const hashClient = (address: string) => createHmac('sha256', hashKey).update(address).digest('hex').slice(0, 32)

  return {
    add(comment: NewComment): Comment {
      const createdAt = comment.createdAt.toISOString()
      const { lastInsertRowid } = insert.run(
        comment.slug,
        comment.name,
        comment.body,
        createdAt,
        comment.status,
        hashClient(comment.clientAddress),
      )
      return { id: Number(lastInsertRowid), name: comment.name, body: comment.body, createdAt }
    },

    /** One page of visible comments after `after`, and whether another page follows. */
    visiblePage(slug: string, after: number, limit: number) {
      const rows = pageVisible.all(slug, after, limit + 1)
      const comments = rows.slice(0, limit).map(toComment)
      const last = comments.at(-1)
      const nextAfter = rows.length > limit && last ? last.id : null
      return { comments, total: countVisible.get(slug) ?? 0, nextAfter }
    },

    allForArticle(slug: string): StoredComment[] {
      return allForArticle.all(slug).map((row) => ({ ...toComment(row), slug: row.slug, status: row.status }))
    },

    /** False when no comment has that id. */
    setStatus(id: number, status: CommentStatus) {
      return updateStatus.run(status, id).changes > 0
    },

    /** False when no comment has that id. */
    delete(id: number) {
      return remove.run(id).changes > 0
    },
  }
}

export type CommentStore = ReturnType<typeof createCommentStore>
