// The child process of chunk-queue.test.ts: runs the same handler as the test's own process.
import { serveChunks } from './chunk-queue.ts'
import { slowSquares } from './chunk-queue-test-handler.ts'

await serveChunks(slowSquares)
