import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { repoRoot } from './build-site.ts'

/** Where and on what the figures were taken, stored beside them so a later reader can tell runs apart. */
export function machineInfo(extra: Record<string, string | number | null> = {}) {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim()
    } catch {
      return null
    }
  }
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    /** 1, 5 and 15-minute load averages when the results were written: above the core count, timings are inflated. */
    loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
    commit: git('rev-parse', '--short', 'HEAD'),
    /** Uncommitted changes in src/, server/, scripts/ or content/ mean the figures are for a work in progress. */
    dirtyPaths: (git('status', '--porcelain', '--', 'src', 'server', 'scripts', 'content', 'index.html') ?? '')
      .split('\n')
      .filter(Boolean).length,
    ...extra,
  }
}

/** Timings on a machine already running other work are inflated and noisy; say so up front rather than in a footnote. */
export function warnIfBusy(): void {
  const [load] = loadavg()
  if (load !== undefined && load > cpus().length) {
    console.log(
      `WARNING: load average ${load.toFixed(1)} on ${cpus().length} cores: other work is running, timings will be inflated and noisy.`,
    )
  }
}

/** Jiffies the CPUs spent idle, and in all, since boot: the first line of /proc/stat. Null where there is no /proc. */
export function readCpuTimes(): { idle: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]?.trim().split(/\s+/).slice(1).map(Number) ?? []
    if (fields.length < 5 || fields.some((field) => !Number.isFinite(field))) return null
    // idle + iowait count as idle: a disk flush does not compete with the browser for a core.
    return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.reduce((sum, field) => sum + field, 0) }
  } catch {
    return null
  }
}

export type IdleWait = { waitedMs: number; idle: boolean }

/**
 * Waits until the machine's CPUs were at least `idleShare` idle over one `windowMs` window, or `timeoutMs` passed.
 * Closing a browser context leaves the browser tearing down its renderer for 100–400 ms on this 2-core box; a load
 * started meanwhile shares the cores with that (in one 25-round comparison the static floor's LCP quartiles were 72 ms
 * apart without the wait and 36 with it). Without /proc/stat it just pauses for one window.
 */
export async function waitForIdleCpu(
  { idleShare = 0.9, windowMs = 100, timeoutMs = 3000 } = {},
  read: () => { idle: number; total: number } | null = readCpuTimes,
): Promise<IdleWait> {
  const started = Date.now()
  const pause = () => new Promise((resolve) => setTimeout(resolve, windowMs))
  for (;;) {
    const before = read()
    await pause()
    const after = read()
    const waitedMs = Date.now() - started
    if (!before || !after) return { waitedMs, idle: false }
    const total = after.total - before.total
    if (total > 0 && (after.idle - before.idle) / total >= idleShare) return { waitedMs, idle: true }
    if (waitedMs >= timeoutMs) return { waitedMs, idle: false }
  }
}
