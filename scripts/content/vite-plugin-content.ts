import type { ServerResponse } from 'node:http'
import path from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { buildContent } from './build-content.ts'

export interface ContentPluginOptions {
  /** Folder of article files, relative to the Vite root (or absolute). */
  contentDir: string
}

/** Changes often arrive in bursts (an editor saving, `git checkout`); rebuild once per burst. */
const REBUILD_DELAY_MS = 50

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function sendJson(response: ServerResponse, status: number, body: string, method: string | undefined): void {
  response.statusCode = status
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.end(method === 'HEAD' ? undefined : body)
}

/**
 * Serves the article data in development and bundles it in production, from the same `buildContent`, so dev and
 * the built site can never disagree about what `/data/…` holds.
 * - `vite build`: builds the data in `buildStart` (a bad file fails the build with its `file:line: reason` list)
 *   and emits every JSON file as an asset under `dist/data/`.
 * - `vite dev`: keeps the data in memory, answers `/data/*`, rebuilds when a content file changes and reloads the
 *   page; a broken file shows in the error overlay while the last good data keeps being served.
 */
export function contentPlugin({ contentDir }: ContentPluginOptions): Plugin {
  let directory = path.resolve(contentDir)
  let command: 'build' | 'serve' = 'serve'

  return {
    name: 'warta-content',
    configResolved(config) {
      directory = path.resolve(config.root, contentDir)
      command = config.command
    },
    async buildStart() {
      if (command !== 'build') return
      try {
        const build = await buildContent(directory)
        for (const [dataPath, source] of build.files()) {
          this.emitFile({ type: 'asset', fileName: dataPath.slice(1), source })
        }
      } catch (error) {
        this.error(messageOf(error))
      }
    },
    configureServer(server) {
      serveContent(server, directory)
    },
  }
}

function serveContent(server: ViteDevServer, directory: string): void {
  let files: Map<string, string> | undefined
  let failure: string | undefined
  let generation = 0
  const showFailure = () => {
    if (failure !== undefined) {
      server.ws.send({ type: 'error', err: { message: failure, stack: '', plugin: 'warta-content' } })
    }
  }

  const rebuild = async (): Promise<boolean> => {
    const current = ++generation
    try {
      const build = await buildContent(directory)
      const next = new Map(build.files())
      if (current !== generation) return false
      files = next
      failure = undefined
      server.config.logger.info(`content: ${build.articles} articles, ${build.pages} index pages`, { timestamp: true })
      return true
    } catch (error) {
      if (current !== generation) return false
      failure = messageOf(error)
      server.config.logger.error(failure, { timestamp: true })
      showFailure()
      return false
    }
  }
  let ready = rebuild()

  let timer: ReturnType<typeof setTimeout> | undefined
  server.watcher.add(directory)
  server.watcher.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(directory + path.sep)) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      ready = rebuild().then((ok) => {
        if (ok) server.ws.send({ type: 'full-reload' })
        return ok
      })
    }, REBUILD_DELAY_MS)
  })
  // A page opened (or reloaded) while the content is broken should still see why.
  server.ws.on('connection', showFailure)

  server.middlewares.use((request, response, next) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    if (!pathname.startsWith('/data/') || (request.method !== 'GET' && request.method !== 'HEAD')) return next()
    ready.then(
      () => {
        const body = files?.get(pathname)
        if (body !== undefined) sendJson(response, 200, body, request.method)
        else if (files === undefined && failure !== undefined) {
          sendJson(response, 500, JSON.stringify({ error: failure }), request.method)
        } else sendJson(response, 404, JSON.stringify({ error: 'Not found' }), request.method)
      },
      (error: unknown) => next(error),
    )
  })
}
