// A child process of parallel-load.ts: loads the chunks of article files it is sent and sends the results back.
import { serveChunks } from '../chunk-queue.ts'
import { chunkLoader } from './parallel-load.ts'

await serveChunks(chunkLoader)
