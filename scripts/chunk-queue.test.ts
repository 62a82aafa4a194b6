import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { processesFor, runChunkQueue } from './chunk-queue.ts'
import { slowSquares } from './chunk-queue-test-handler.ts'

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const startChild = () =>
  fork(fileURLToPath(new URL('./chunk-queue-test-child.ts', import.meta.url)), [], {
    execArgv: ['--import', tsxLoader],
  })

const numbers = (count: number, skip13 = true) =>
  Array.from({ length: count }, (_, index) => index).filter((item) => !skip13 || item !== 13)

describe('runChunkQueue', () => {
  it('shares the chunks among this process and the children and returns the results in order', async () => {
    const items = numbers(3000)
    const results = await runChunkQueue({ items, chunkSize: 25, setup: 1, start: slowSquares, children: 2, startChild })
    expect(results.map((result) => result.square)).toEqual(items.map((item) => item * item + 1))
    // ~3 s of work: the children are up long before the end and take chunks too.
    expect(new Set(results.map((result) => result.pid)).size).toBe(3)
  })

  it('works alone when there are no children, and with nothing to do', async () => {
    expect(
      await runChunkQueue({ items: [2, 3], chunkSize: 1, setup: 0, start: slowSquares, children: 0, startChild }),
    ).toEqual([
      { square: 4, pid: process.pid },
      { square: 9, pid: process.pid },
    ])
    expect(
      await runChunkQueue({ items: [], chunkSize: 5, setup: 0, start: slowSquares, children: 2, startChild }),
    ).toEqual([])
  })

  it('fails when a chunk fails, in a child or here', async () => {
    const items = numbers(3000, false).reverse()
    await expect(
      runChunkQueue({ items, chunkSize: 25, setup: 0, start: slowSquares, children: 1, startChild }),
    ).rejects.toThrow()
  })
})

describe('processesFor', () => {
  it('starts no child for a small job and never more than four processes', () => {
    expect(processesFor(0, 200)).toBe(1)
    expect(processesFor(399, 200)).toBe(1)
    expect(processesFor(1_000_000, 200)).toBeGreaterThanOrEqual(1)
    expect(processesFor(1_000_000, 200)).toBeLessThanOrEqual(4)
  })
})
