/**
 * A small self-contained SVG: horizontal bars of measured medians per metric (one bar per system), with reference
 * figures quoted from elsewhere drawn as labelled ticks on the same scale.
 */

export type ChartGroup = {
  label: string
  bars: { label: string; value: number | null; color: string }[]
  references: { label: string; short: string; value: number }[]
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char)

export function barChart(options: { title: string; subtitle: string; unit: string; groups: ChartGroup[] }): string {
  const width = 760
  const left = 170
  const right = 70
  const barHeight = 18
  const barGap = 4
  const groupGap = 44
  const top = 62
  const plotWidth = width - left - right
  const values = options.groups.flatMap((group) => [
    ...group.bars.map((bar) => bar.value ?? 0),
    ...group.references.map((reference) => reference.value),
  ])
  const max = Math.max(1, ...values) * 1.08
  const x = (value: number) => left + (value / max) * plotWidth

  const parts: string[] = []
  let y = top
  for (const group of options.groups) {
    const groupTop = y
    parts.push(`<text x="8" y="${groupTop + barHeight - 4}" font-weight="600">${escapeXml(group.label)}</text>`)
    for (const bar of group.bars) {
      const value = bar.value
      parts.push(`<text x="${left - 8}" y="${y + barHeight - 5}" text-anchor="end">${escapeXml(bar.label)}</text>`)
      if (value === null) {
        parts.push(`<text x="${left + 4}" y="${y + barHeight - 5}" fill="#777">not measured</text>`)
      } else {
        const barWidth = Math.max(1, x(value) - left)
        parts.push(
          `<rect x="${left}" y="${y}" width="${barWidth.toFixed(1)}" height="${barHeight}" fill="${bar.color}"/>`,
        )
        parts.push(
          `<text x="${(left + barWidth + 4).toFixed(1)}" y="${y + barHeight - 5}" stroke="#fff" stroke-width="3" paint-order="stroke">${Math.round(value)} ${options.unit}</text>`,
        )
      }
      y += barHeight + barGap
    }
    const groupBottom = y - barGap
    for (const reference of group.references) {
      const at = x(reference.value).toFixed(1)
      parts.push(
        `<line x1="${at}" x2="${at}" y1="${groupTop - 6}" y2="${groupBottom + 2}" stroke="#b45309" stroke-width="1.5" stroke-dasharray="3 2"/>`,
        `<text x="${at}" y="${groupTop - 9}" text-anchor="middle" font-size="10" fill="#b45309">${escapeXml(reference.short)}</text>`,
      )
    }
    if (group.references.length > 0) {
      const legend = group.references.map((reference) => `${reference.label} ${reference.value} ${options.unit}`)
      parts.push(
        `<text x="${left}" y="${groupBottom + 15}" font-size="10" fill="#b45309">${escapeXml(
          `┆ quoted, not measured here: ${legend.join(' · ')}`,
        )}</text>`,
      )
    }
    y = groupBottom + groupGap
  }
  const height = y - groupGap + 30
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="#1c1917">
<rect width="100%" height="100%" fill="#fff"/>
<text x="8" y="20" font-size="15" font-weight="700">${escapeXml(options.title)}</text>
<text x="8" y="38" font-size="11" fill="#555">${escapeXml(options.subtitle)}</text>
<line x1="${left}" x2="${left}" y1="${top - 14}" y2="${height - 30}" stroke="#999"/>
${parts.join('\n')}
</svg>
`
}
