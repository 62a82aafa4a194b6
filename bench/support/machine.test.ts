import { describe, expect, it } from 'vitest'
import { readCpuTimes, waitForIdleCpu } from './machine.ts'

/** CPU counters that advance by the given idle shares, one step per read pair. */
function counters(idleShares: number[]) {
  let idle = 0
  let total = 0
  let reads = 0
  return () => {
    const share = idleShares[Math.min(Math.floor(reads / 2), idleShares.length - 1)] ?? 1
    if (reads % 2 === 1) {
      idle += share * 100
      total += 100
    }
    reads++
    return { idle, total }
  }
}

describe('waitForIdleCpu', () => {
  it('returns after the first window in which the CPUs were idle enough', async () => {
    const read = counters([0.3, 0.5, 0.95])
    const wait = await waitForIdleCpu({ windowMs: 5, timeoutMs: 1000 }, read)
    expect(wait.idle).toBe(true)
    expect(wait.waitedMs).toBeGreaterThanOrEqual(15)
  })

  it('gives up at the timeout on a machine that never goes quiet, and says so', async () => {
    const wait = await waitForIdleCpu({ windowMs: 5, timeoutMs: 30 }, counters([0.2]))
    expect(wait).toMatchObject({ idle: false })
    expect(wait.waitedMs).toBeGreaterThanOrEqual(30)
  })

  it('pauses one window and reports not idle where the counters cannot be read', async () => {
    expect(await waitForIdleCpu({ windowMs: 5 }, () => null)).toMatchObject({ idle: false })
  })
})

describe('readCpuTimes', () => {
  it('reads counters that only grow, idle within total, on a machine with /proc', async () => {
    const first = readCpuTimes()
    if (first === null) return expect(process.platform).not.toBe('linux')
    await new Promise((resolve) => setTimeout(resolve, 30))
    const second = readCpuTimes()
    expect(second?.total).toBeGreaterThanOrEqual(first.total)
    expect(first.idle).toBeLessThanOrEqual(first.total)
  })
})
