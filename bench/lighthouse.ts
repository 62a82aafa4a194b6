/**
 * Lighthouse 12 (mobile preset, default simulated throttling) on the home page and the seed article, against the
 * production server.
 *
 *   npm run bench:lighthouse [-- --no-build] [--runs 1] [--port 4319]
 *
 * The build gets SITE_URL set to the server's own origin (so canonical links and the sitemap are absolute, as in a
 * real deployment), which means the port must be known before the build: a fixed free port is picked first. Builds
 * into bench/results/tmp/dist-lighthouse, leaving the shared dist/ alone. Prints the four category scores and, for
 * any category under 100, the audits that failed; writes bench/results/lighthouse.json.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumFlags } from '../e2e/chromium-flags.ts'
import { buildSite, repoRoot, scratchDir } from './support/build-site.ts'
import { chromiumPath } from './support/chromium.ts'
import { machineInfo, warnIfBusy } from './support/machine.ts'
import { freePort, startWarta } from './support/serve-site.ts'
import { formatTable, spreadOf } from './support/stats.ts'

const SEED_SLUG = 'kim-jong-un-dukung-rusia-di-ukraina'
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof categories)[number]

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4319' },
  },
})
const runs = Math.max(1, Number(args.runs))
const distDir = path.join(scratchDir, 'dist-lighthouse')
const siteUrlFile = path.join(distDir, '.bench-site-url')

type PageResult = {
  path: string
  run: number
  scores: Record<Category, number | null>
  failing: Record<
    Category,
    { id: string; title: string; score: number | null; displayValue?: string; examples: string[] }[]
  >
  metrics: Record<string, number | null>
  lighthouseVersion: string
  userAgent: string
}

const metricAudits = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const

/** A few concrete cases from an audit's details table (URLs, issue types), so a failing audit says where. */
function examplesOf(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? []
  return items.slice(0, 3).map((item) => {
    const record = item as Record<string, unknown>
    const text = record.url ?? record.issueType ?? (record.node as { snippet?: string } | undefined)?.snippet
    return typeof text === 'string' ? text : JSON.stringify(item).slice(0, 160)
  })
}

async function audit(url: string): Promise<Omit<PageResult, 'path' | 'run'>> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const scores = {} as PageResult['scores']
    const failing = {} as PageResult['failing']
    for (const category of categories) {
      const entry = lhr.categories[category]
      scores[category] = entry?.score == null ? null : Math.round(entry.score * 100)
      failing[category] = (entry?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter((item) => item !== undefined)
        .filter(
          (item) =>
            item.score !== null &&
            item.score < 1 &&
            !['notApplicable', 'informative', 'manual'].includes(item.scoreDisplayMode),
        )
        .map((item) => ({
          id: item.id,
          title: item.title,
          score: item.score,
          displayValue: item.displayValue,
          examples: examplesOf(item.details),
        }))
    }
    const metrics = Object.fromEntries(
      Object.entries(metricAudits).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null]),
    )
    return {
      scores,
      failing,
      metrics,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
    }
  } finally {
    chrome.kill()
  }
}

async function main() {
  warnIfBusy()
  const started = Date.now()
  const builtFor = existsSync(siteUrlFile) ? (await readFile(siteUrlFile, 'utf8')).trim() : null
  // Reuse a build only with --no-build and only if it was made for a port that is still free.
  const reuse = args['no-build'] && builtFor !== null
  const port = reuse ? Number(new URL(builtFor).port) : await freePort(Number(args.port))
  const origin = `http://127.0.0.1:${port}`
  if (!reuse) {
    console.log(
      `Building with SITE_URL=${origin} into ${path.relative(repoRoot, distDir)} (the steps of npm run build)…`,
    )
    for (const step of await buildSite({ outDir: distDir, siteUrl: origin })) {
      console.log(`  ${step.step}: ${(step.wallMs / 1000).toFixed(1)} s`)
    }
    await writeFile(siteUrlFile, `${origin}\n`)
  } else {
    console.log(`Reusing ${path.relative(repoRoot, distDir)}, built with SITE_URL=${origin}`)
  }

  const site = await startWarta(distDir, port)
  const results: PageResult[] = []
  try {
    console.log(`Lighthouse (mobile preset, simulated throttling) against ${site.origin}, Chromium at ${chromiumPath}`)
    for (let run = 1; run <= runs; run++) {
      for (const pagePath of ['/', `/articles/${SEED_SLUG}`]) {
        const result = await audit(`${site.origin}${pagePath}`)
        results.push({ path: pagePath, run, ...result })
        console.log(
          `  ${pagePath} (run ${run}): ${categories.map((category) => `${category} ${result.scores[category] ?? '—'}`).join(', ')}`,
        )
      }
    }
  } finally {
    await site.stop()
  }

  const paths = [...new Set(results.map((result) => result.path))]
  const median = (pagePath: string, pick: (result: PageResult) => number | null) =>
    spreadOf(results.filter((result) => result.path === pagePath).map(pick))?.median ?? null
  console.log(
    `\n## Lighthouse ${results[0]?.lighthouseVersion ?? ''}, mobile preset${runs > 1 ? `, medians of ${runs}` : ''}\n`,
  )
  console.log(
    formatTable([
      ['page', ...categories, 'FCP', 'LCP', 'TBT', 'CLS'],
      ...paths.map((pagePath) => [
        pagePath,
        ...categories.map((category) => String(median(pagePath, (result) => result.scores[category]) ?? '—')),
        `${Math.round(median(pagePath, (result) => result.metrics.fcpMs ?? null) ?? 0)} ms`,
        `${Math.round(median(pagePath, (result) => result.metrics.lcpMs ?? null) ?? 0)} ms`,
        `${Math.round(median(pagePath, (result) => result.metrics.tbtMs ?? null) ?? 0)} ms`,
        (median(pagePath, (result) => result.metrics.cls ?? null) ?? 0).toFixed(3),
      ]),
    ]),
  )
  for (const pagePath of paths) {
    const last = results.filter((result) => result.path === pagePath).at(-1)
    if (!last) continue
    for (const category of categories) {
      if ((last.scores[category] ?? 0) >= 100 || last.failing[category].length === 0) continue
      console.log(`\n${pagePath} — ${category} ${last.scores[category]}, failing audits:`)
      for (const item of last.failing[category]) {
        console.log(`  - ${item.title}${item.displayValue ? ` (${item.displayValue})` : ''} [${item.id}]`)
        for (const example of item.examples) console.log(`      ${example}`)
      }
    }
  }

  await mkdir(path.join(repoRoot, 'bench/results'), { recursive: true })
  await writeFile(
    path.join(repoRoot, 'bench/results/lighthouse.json'),
    `${JSON.stringify(
      {
        bench: 'bench/lighthouse.ts',
        machine: machineInfo({ chromiumPath, lighthouse: results[0]?.lighthouseVersion ?? null }),
        settings: {
          preset: 'mobile (Lighthouse default: simulated throttling, 4× CPU, 150 ms RTT, 1.6 Mbit/s)',
          siteUrl: origin,
          runs,
          durationSeconds: Math.round((Date.now() - started) / 1000),
        },
        results,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`\nSITE_URL was ${origin} for this build. Wrote bench/results/lighthouse.json.`)
  if (results.length === 0) process.exitCode = 1
}

await main()
