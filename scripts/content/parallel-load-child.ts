// A child process of parallel-load.ts: loads the article files it is sent and sends the results back in chunks, so the
// parent takes them in while this one is still parsing.
import { loadArticleFiles } from './load-article-file.ts'
import type { LoadedChunk, LoadRequest } from './parallel-load.ts'

const CHUNK_SIZE = 200

const { contentDir, names } = await new Promise<LoadRequest>((resolve) => process.once('message', resolve))
for (let start = 0; start < names.length; start += CHUNK_SIZE) {
  const chunk: LoadedChunk = { results: await loadArticleFiles(contentDir, names.slice(start, start + CHUNK_SIZE)) }
  await new Promise<void>((resolve, reject) =>
    process.send?.(chunk, undefined, {}, (error) => (error ? reject(error) : resolve())),
  )
}
process.disconnect()
