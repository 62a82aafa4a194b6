import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'

export type CommentsDatabase = Database.Database

/**
 * Ordered schema migrations; `PRAGMA user_version` records how many have run. Append only: never edit a migration
 * that has shipped, since databases in the wild have already run it.
 */
const migrations: readonly string[] = [
  `CREATE TABLE comments (
     id INTEGER PRIMARY KEY,
     slug TEXT NOT NULL,
     name TEXT NOT NULL,
     body TEXT NOT NULL,
     created_at TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'visible' CHECK (status IN ('visible', 'hidden', 'spam')),
     client_hash TEXT NOT NULL
   );
   -- Serves both the visible page (slug, status, id > after) and its count.
   CREATE INDEX comments_by_article ON comments (slug, status, id);
   CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
]

export const SCHEMA_VERSION = migrations.length

export type DatabaseOptions = {
  /**
   * FULL also fsyncs the WAL on every commit, so an acknowledged comment survives a power cut, not only a process
   * crash. It is the default because commenting is rare and bench/comments-api.ts measured the cost as small.
   */
  synchronous?: 'FULL' | 'NORMAL'
}

export function openDatabase(file: string, options: DatabaseOptions = {}): CommentsDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`)
  // A moderation CLI writing while the server writes waits briefly instead of failing with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

function migrate(db: CommentsDatabase) {
  const current = db.pragma('user_version', { simple: true })
  if (typeof current !== 'number' || current > migrations.length) {
    throw new Error(`The comments database is at schema version ${current}; this server knows ${migrations.length}.`)
  }
  // Each migration and its version bump commit together, so a crash mid-migration leaves the old version intact.
  const run = db.transaction((sql: string, version: number) => {
    db.exec(sql)
    db.pragma(`user_version = ${version}`)
  })
  migrations.slice(current).forEach((sql, index) => {
    run(sql, current + index + 1)
  })
}

/**
 * The key that turns a client address into `client_hash`. Kept in the database so hashes stay comparable across
 * restarts (for moderation) while the raw address is never stored.
 */
export function clientHashKey(db: CommentsDatabase): string {
  db.prepare(`INSERT OR IGNORE INTO settings (key, value) VALUES ('client_hash_key', ?)`).run(
    randomBytes(32).toString('hex'),
  )
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'client_hash_key'`).pluck().get()
  if (typeof row !== 'string') throw new Error('settings.client_hash_key is missing')
  return row
}
