import { execFileSync } from 'node:child_process'
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
