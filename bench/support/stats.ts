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
