import type { ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { setImmediate } from 'node:timers/promises'

/** Parent → child: what every chunk needs (sent once, first), then chunks, then the end. */
type ToChild<S, T> = { setup: S } | { start: number; items: T[] } | { done: true }
/** Child → parent: the results of one chunk, in the order of its items. */
type ToParent<R> = { start: number; results: R[] }

type ChunkHandler<T, R> = (items: T[]) => R[] | Promise<R[]>

/** Each process loads its own copy of the code it runs (the app, the parsers), so a few are enough. */
const MAX_PROCESSES = 4

/**
 * How many processes, this one included, should share `items` items: one per core, up to four, and no child for
 * fewer than `minItemsPerProcess` items each (a child's start-up would cost more than its share saves).
 */
export function processesFor(items: number, minItemsPerProcess: number): number {
  return Math.max(1, Math.min(MAX_PROCESSES, availableParallelism(), Math.floor(items / minItemsPerProcess)))
}

/** Chunks a child holds at once: while it works on one, the next is already there, so it never waits for the parent. */
const CHUNKS_IN_FLIGHT = 2

export interface ChunkQueueOptions<S, T, R> {
  items: readonly T[]
  chunkSize: number
  /** What every chunk needs besides its items (a page template, a folder); sent to each child once. */
  setup: S
  /** How this process handles chunks; each child runs `serveChunks` with the same function. */
  start: (setup: S) => ChunkHandler<T, R>
  /** How many child processes to start besides this one. */
  children: number
  /** Starts one child process (`fork`, so it has an IPC channel) that runs `serveChunks`. */
  startChild: () => ChildProcess
}

/**
 * Works through `items` in chunks, shared between this process and `children` child processes, each taking the next
 * chunk when it has finished one. With fixed shares, everyone waits at the end for whoever started late (a child's
 * start-up) or got less of a busy machine; here they all finish within a chunk of each other. Results come back in
 * the order of `items`. If a child fails, the others are stopped and the promise rejects (the child prints its error).
 */
export async function runChunkQueue<S, T, R>(options: ChunkQueueOptions<S, T, R>): Promise<R[]> {
  const { items, chunkSize, setup } = options
  const results: R[] = new Array(items.length)
  let next = 0
  const takeChunk = (): { start: number; items: T[] } | undefined => {
    if (next >= items.length) return undefined
    const start = next
    next = Math.min(items.length, next + chunkSize)
    return { start, items: items.slice(start, next) }
  }
  const place = (start: number, chunkResults: R[]) => {
    for (const [offset, result] of chunkResults.entries()) results[start + offset] = result
  }

  const runChild = (child: ChildProcess) =>
    new Promise<void>((resolve, reject) => {
      let outstanding = 0
      let finished = false
      const send = (message: ToChild<S, T>) => child.send(message)
      const sendNext = () => {
        const chunk = takeChunk()
        if (chunk) {
          outstanding++
          send(chunk)
        } else if (outstanding === 0 && !finished) {
          finished = true
          send({ done: true })
        }
      }
      child.on('message', ({ start, results: chunkResults }: ToParent<R>) => {
        outstanding--
        place(start, chunkResults)
        sendNext()
      })
      child.on('error', reject)
      child.once('exit', (code, signal) => {
        if (code === 0 && finished) resolve()
        else reject(new Error(`a child process failed (${signal ?? `exit code ${code}`})`))
      })
      send({ setup })
      for (let chunk = 0; chunk < CHUNKS_IN_FLIGHT; chunk++) sendNext()
    })

  const children: ChildProcess[] = []
  try {
    // No more children than there are chunks for them.
    const childCount = Math.min(options.children, Math.ceil(items.length / chunkSize) - 1)
    const childrenDone = Array.from({ length: Math.max(0, childCount) }, () => {
      const child = options.startChild()
      children.push(child)
      return runChild(child)
    })
    const handle = options.start(setup)
    const ownDone = (async () => {
      for (let chunk = takeChunk(); chunk; chunk = takeChunk()) {
        place(chunk.start, await handle(chunk.items))
        // The work may never wait for I/O; without this the event loop would not turn, and the children's results
        // (and so their next chunks) would wait until this process had taken every chunk itself.
        await setImmediate()
      }
    })()
    await Promise.all([...childrenDone, ownDone])
  } finally {
    // After a failure, stop the others rather than leave them working for a build that has already failed.
    for (const child of children) child.kill()
  }
  return results
}

/**
 * A child process's side of `runChunkQueue`: takes the setup, handles each chunk it is sent, one at a time, sends
 * the results back, and returns when told there is no more.
 */
export async function serveChunks<S, T, R>(start: (setup: S) => ChunkHandler<T, R>): Promise<void> {
  let handle: ChunkHandler<T, R> | undefined
  let queue = Promise.resolve()
  await new Promise<void>((resolve, reject) => {
    const onMessage = async (message: ToChild<S, T>) => {
      if ('setup' in message) handle = start(message.setup)
      else if ('done' in message) resolve()
      else {
        if (!handle) throw new Error('a chunk arrived before the setup')
        const reply: ToParent<R> = { start: message.start, results: await handle(message.items) }
        process.send?.(reply)
      }
    }
    process.on('message', (message: ToChild<S, T>) => {
      queue = queue.then(() => onMessage(message)).catch(reject)
    })
  })
  // The parent says it is done only once it has every result, so nothing is left to send.
  process.disconnect()
}
