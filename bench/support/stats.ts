/** Small numeric helpers shared by the benchmarks: medians and ranges over runs, and fixed-width table printing. */

export type Spread = { median: number; min: number; max: number; n: number }

export function spreadOf(values: readonly (number | null | undefined)[]): Spread | null {
  const numbers = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
  if (numbers.length === 0) return null
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, n: sorted.length }
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

export function formatSpread(spread: Spread | null, unit: 'ms' | 'kB' | '' | 'cls'): string {
  if (!spread) return '—'
  const format = (value: number) => {
    switch (unit) {
      case 'ms':
        return `${Math.round(value)}`
      case 'kB':
        return (value / 1000).toFixed(1)
      case 'cls':
        return value.toFixed(3)
      default:
        return `${Math.round(value * 10) / 10}`
    }
  }
  const suffix = unit === 'cls' || unit === '' ? '' : ` ${unit}`
  if (spread.min === spread.max) return `${format(spread.median)}${suffix}`
  return `${format(spread.median)}${suffix} (${format(spread.min)}–${format(spread.max)})`
}

/** Prints rows as a fixed-width text table; the first row is the header. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length)
    })
  }
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')
  const [header, ...body] = rows
  if (!header) return ''
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n')
}

export type BudgetLine = { budget: string; measured: string; pass: boolean | null }

export function formatBudget(lines: readonly BudgetLine[]): string {
  return formatTable([
    ['budget', 'measured', 'result'],
    ...lines.map((line) => [line.budget, line.measured, line.pass === null ? 'n/a' : line.pass ? 'PASS' : 'FAIL']),
  ])
}

export type RatioInterval = {
  /** median(a) / median(b) over all rounds: the figure the budget is checked against. */
  ratio: number
  /** The central `level` share of the same ratio over resampled rounds. */
  low: number
  high: number
  /** The median of the per-round ratios a/b, which cancels what a round's two loads share (the box's load). */
  medianOfRoundRatios: number
  level: number
  rounds: number
}

/**
 * mulberry32: a tiny seeded generator of numbers in [0, 1), for benchmarks that must give the same answer twice (the
 * same synthetic catalogue, the same printed interval for the same runs).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const medianOf = (values: readonly number[]) => spreadOf(values)?.median ?? Number.NaN

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(share * (sorted.length - 1))))] ?? Number.NaN

/**
 * How much a ratio of two medians can be trusted: a percentile bootstrap over rounds. Each round is one load of each
 * system taken back to back, so rounds are resampled whole, keeping each pair together. A single load of the seed
 * moves by ±100 ms on this box, so one run's ratio can land on either side of a budget by chance; the interval shows
 * how wide that chance is.
 */
export function ratioOfMediansInterval(
  rounds: readonly (readonly [a: number, b: number])[],
  { resamples = 4000, level = 0.9, seed = 1 } = {},
): RatioInterval | null {
  const usable = rounds.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && b > 0)
  if (usable.length === 0) return null
  const ratioOf = (sample: readonly (readonly [number, number])[]) =>
    medianOf(sample.map(([a]) => a)) / medianOf(sample.map(([, b]) => b))
  const random = seededRandom(seed)
  const resampled: number[] = []
  for (let i = 0; i < resamples; i++) {
    // Indices below usable.length, so the fallback never applies; it only satisfies the index type.
    const sample = usable.map(() => usable[Math.floor(random() * usable.length)] ?? ([1, 1] as const))
    resampled.push(ratioOf(sample))
  }
  resampled.sort((x, y) => x - y)
  const tail = (1 - level) / 2
  return {
    ratio: ratioOf(usable),
    low: percentile(resampled, tail),
    high: percentile(resampled, 1 - tail),
    medianOfRoundRatios: medianOf(usable.map(([a, b]) => a / b)),
    level,
    rounds: usable.length,
  }
}
