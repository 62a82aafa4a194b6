import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The interface uses one family in two weights (styles.css says why: each extra face is a font lookup before the
 * first paint). The theme defines only `font-normal` and `font-bold`, so a `font-semibold` left in a component would
 * silently render at the normal weight: this scan catches it, and any CSS weight or family that adds a face.
 */

const srcDir = path.dirname(new URL(import.meta.url).pathname)

function sourceFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full, extensions)
    return extensions.some((extension) => entry.name.endsWith(extension)) && !entry.name.includes('.test.')
      ? [full]
      : []
  })
}

const relative = (file: string) => path.relative(srcDir, file)

describe('typography', () => {
  it('uses only the normal and bold weight classes', () => {
    const offenders = sourceFiles(srcDir, ['.tsx', '.ts']).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bfont-(thin|extralight|light|medium|semibold|extrabold|black)\b/g)].map(
        (match) => `${relative(file)}: ${match[0]}`,
      ),
    )
    expect(offenders).toEqual([])
  })

  it('sets no weight in CSS other than 400 and 700, and no other family than the interface one and monospace', () => {
    const offenders = sourceFiles(srcDir, ['.css']).flatMap((file) => {
      const css = readFileSync(file, 'utf8')
      const weights = [...css.matchAll(/font-weight:\s*([^;]+);/g)]
        .map((match) => (match[1] ?? '').trim())
        .filter((weight) => !['400', '700', 'normal', 'bold', 'bolder', 'inherit'].includes(weight))
      const families = [...css.matchAll(/font-family:\s*([^;]+);/g)]
        .map((match) => (match[1] ?? '').trim())
        .filter((family) => !['var(--font-sans)', 'var(--font-mono)', 'inherit'].includes(family))
      return [...weights, ...families].map((value) => `${relative(file)}: ${value}`)
    })
    expect(offenders).toEqual([])
  })
})
