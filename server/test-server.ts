import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiErrorSchema, commentListSchema, commentsPath } from '../src/comments/comment-schema.ts'
import { parseOrThrow } from '../src/validation.ts'

/** Shared by the server's tests and the benchmark: a fixture dist, and the real server run as a child process. */

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsxRun = (script: string, args: string[], env: Record<string, string>) =>
  // node --import tsx runs the script in this one process, so signals reach the server itself, not a wrapper.
  spawn(process.execPath, ['--import', 'tsx', join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

export const fixtureIndexHtml = '<!doctype html><html><head><title>Warta</title></head><body><div id="root"></div>'
export const fixtureSecret = 'not for the web'

export type Fixture = { root: string; distDir: string; dbFile: string; remove(): Promise<void> }

/** A temp dir holding a minimal dist, a path for the database and a secret outside dist for traversal tests. */
export async function createFixture(): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), 'warta-server-'))
  const distDir = join(root, 'dist')
  const files: Record<string, string> = {
    'index.html': fixtureIndexHtml,
    'assets/app-abc123.js': 'console.log("warta")\n',
    'data/articles/some-slug.json': JSON.stringify({ slug: 'some-slug' }),
    'data/articles/prerendered-slug.json': JSON.stringify({ slug: 'prerendered-slug' }),
    'articles/prerendered-slug/index.html': '<!doctype html><title>Prerendered</title>',
    'data/index/1.json': JSON.stringify({ page: 1 }),
    'robots.txt': 'User-agent: *\n',
  }
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(distDir, path)), { recursive: true })
    await writeFile(join(distDir, path), content)
  }
  await writeFile(join(root, 'secret.txt'), fixtureSecret)
  return {
    root,
    distDir,
    dbFile: join(root, 'db', 'comments.sqlite'),
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

export type RunningServer = {
  /** http://127.0.0.1:<port> */
  origin: string
  port: number
  child: ChildProcess
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>
  /** Resolves once a stdout line matches. */
  waitForOutput(pattern: RegExp): Promise<string>
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export async function startServer(fixture: Fixture, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = tsxRun('server/main.ts', [], {
    PORT: '0',
    DIST_DIR: fixture.distDir,
    COMMENTS_DB: fixture.dbFile,
    ...env,
  })
  let stdout = ''
  let stderr = ''
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = []
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    for (const waiter of [...waiters]) {
      const match = stdout.match(waiter.pattern)
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(match[0])
      }
    }
  })
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  const waitForOutput = (pattern: RegExp) => {
    const match = stdout.match(pattern)
    if (match) return Promise.resolve(match[0])
    return new Promise<string>((resolve, reject) => {
      waiters.push({ pattern, resolve })
      exited.then((code) => reject(new Error(`server exited (${code}) before printing ${pattern}\n${stderr}`)))
    })
  }
  const line = await waitForOutput(/Warta is running at http:\/\/localhost:(\d+)\//)
  const port = Number(line.match(/:(\d+)\//)?.[1])
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    child,
    exited,
    waitForOutput,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/** Posting and listing through the API of a running server; `newArticle` gives each test its own counts and pages. */
export function commentsApi(server: RunningServer, fixture: Fixture) {
  let articles = 0
  return {
    async newArticle() {
      const slug = `article-${++articles}`
      await writeFile(join(fixture.distDir, 'data', 'articles', `${slug}.json`), '{}')
      return slug
    },
    post: (slug: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.origin}${commentsPath(slug)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async list(slug: string, query = '') {
      const response = await fetch(`${server.origin}${commentsPath(slug)}${query}`)
      if (response.status !== 200) throw new Error(`GET ${commentsPath(slug)}${query} answered ${response.status}`)
      return parseOrThrow(commentListSchema, await response.json())
    },
    errorOf: async (response: Response) => parseOrThrow(apiErrorSchema, await response.json()),
  }
}

/** Runs the moderation CLI as a process on the fixture's database. */
export async function moderateCli(fixture: Fixture, ...args: string[]) {
  const child = tsxRun('server/moderate.ts', args, { COMMENTS_DB: fixture.dbFile })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const [code] = await once(child, 'exit')
  return { code: code as number | null, stdout, stderr }
}

/**
 * A GET whose path goes on the wire exactly as written: fetch() would resolve `..` and re-encode, hiding exactly the
 * requests a traversal test needs to send.
 */
export function rawGet(server: RunningServer, path: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}
