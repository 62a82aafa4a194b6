/**
 * The build at catalogue scale: N synthetic articles (plus the real three, so the seed is there) built the way
 * `npm run build` builds content/articles, timed and measured, and compared with a build of the real three alone.
 *
 *   npm run bench:content -- 10000 [--keep] [--seed 1]
 *
 * Everything happens in a folder under the OS temp dir, removed afterwards (unless --keep). The build reads its content
 * folder from WARTA_CONTENT_DIR (vite.config.ts; bench/support/build-site.ts sets it). Checks: build ≤ 60 s, peak memory ≤ 1 GiB, the home page's first view does
 * not grow with the catalogue, and an article page does not either. Writes bench/results/content.json.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { buildSite, folderSize, makeTempDir, repoRoot, type StepResult, timedStep } from './support/build-site.ts'
import { type Bytes, bytesByCategory, launchChromium, NetworkLog, viewport } from './support/chromium.ts'
import { machineInfo, warnIfBusy } from './support/machine.ts'
import { startWarta } from './support/serve-site.ts'
import { type BudgetLine, formatBudget, formatTable, kB } from './support/stats.ts'
import { realArticles, writeSyntheticArticles } from './support/synthetic-articles.ts'

const SEED_SLUG = 'kim-jong-un-dukung-rusia-di-ukraina'
const PAGE_SIZE = 20
const budget = { buildSeconds: 60, peakBytes: 2 ** 30 }

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' } },
})
const count = Number(positionals[0] ?? 10_000)
if (!Number.isInteger(count) || count < 1) throw new Error(`usage: npm run bench:content -- <number of articles>`)

type Build = {
  label: string
  articles: number
  steps: StepResult[]
  wallSeconds: number
  peakRssBytes: number | null
  output: { files: number; bytes: number }
  seed: { htmlBytes: number; jsonBytes: number }
  home: { htmlBytes: number; indexJsonBytes: number; articleLinks: number }
}

const sumCpu = (steps: StepResult[]) => steps.reduce((sum, step) => sum + (step.cpuSeconds ?? 0), 0).toFixed(1)
const sizeOf = async (file: string) => (await stat(file)).size

async function build(label: string, contentDir: string, outDir: string, articles: number): Promise<Build> {
  const steps = await buildSite({ outDir, contentDir })
  const peaks = steps.map((step) => step.maxRssKiB).filter((value): value is number => value !== null)
  const homeHtml = await readFile(path.join(outDir, 'index.html'), 'utf8')
  return {
    label,
    articles,
    steps,
    wallSeconds: steps.reduce((sum, step) => sum + step.wallMs, 0) / 1000,
    peakRssBytes: peaks.length > 0 ? Math.max(...peaks) * 1024 : null,
    output: await folderSize(outDir),
    seed: {
      htmlBytes: await sizeOf(path.join(outDir, 'articles', SEED_SLUG, 'index.html')),
      jsonBytes: await sizeOf(path.join(outDir, 'data/articles', `${SEED_SLUG}.json`)),
    },
    home: {
      htmlBytes: Buffer.byteLength(homeHtml),
      indexJsonBytes: await sizeOf(path.join(outDir, 'data/index/1.json')),
      articleLinks: new Set(homeHtml.match(/href="\/articles\/[a-z0-9-]+"/g) ?? []).size,
    },
  }
}

/** What a first visit to `pagePath` downloads, by type (encoded transfer sizes), on the real server, unthrottled. */
async function firstView(browser: Browser, distDir: string, pagePath: string): Promise<Bytes & { requests: number }> {
  const site = await startWarta(distDir)
  const context = await browser.newContext({ viewport })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const log = new NetworkLog(cdp)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(`${site.origin}${pagePath}`, { waitUntil: 'load' })
    await log.quiet()
    const records = log.inPhase('first view')
    return { ...bytesByCategory(records, (record) => record.encodedBytes ?? 0), requests: records.length }
  } finally {
    await context.close()
    await site.stop()
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const cpu = (step: StepResult) =>
  step.cpuSeconds === null ? 'CPU time unknown' : `${step.cpuSeconds.toFixed(1)} CPU-s`
const mib = (bytes: number | null) => (bytes === null ? '—' : `${Math.round(bytes / 2 ** 20)} MiB`)

async function main() {
  warnIfBusy()
  const started = performance.now()
  const root = await makeTempDir('warta-content-bench-')
  try {
    const bigContent = path.join(root, `articles-${count}`)
    const smallContent = path.join(root, 'articles-3')
    console.log(`Writing ${count} synthetic articles (+ the real ${realArticles.length}) to ${bigContent}…`)
    const generated = await writeSyntheticArticles(bigContent, { count, seed: Number(args.seed) })
    await writeSyntheticArticles(smallContent, { count: 0 })
    const source = await folderSize(bigContent)
    console.log(
      `  ${source.files} files, ${(source.bytes / 2 ** 20).toFixed(1)} MiB, ~${generated.words.toLocaleString('en')} words`,
    )

    console.log('Content build alone (tsx scripts/build-content.ts)…')
    const contentOnly = await timedStep('content build', process.execPath, [
      '--import',
      'tsx',
      'scripts/build-content.ts',
      bigContent,
      path.join(root, 'content-only'),
    ])
    console.log(
      `  ${contentOnly.output.trim()} — ${seconds(contentOnly.wallMs)}, peak ${mib((contentOnly.maxRssKiB ?? 0) * 1024)}`,
    )

    console.log(`Full build of ${count + realArticles.length} articles (the steps of npm run build)…`)
    const big = await build(
      `${count + realArticles.length} articles`,
      bigContent,
      path.join(root, 'dist-big'),
      count + 3,
    )
    for (const step of big.steps)
      console.log(`  ${step.step}: ${seconds(step.wallMs)} (${cpu(step)}), peak ${mib((step.maxRssKiB ?? 0) * 1024)}`)
    console.log(`Baseline build of the real ${realArticles.length} articles…`)
    const small = await build(`${realArticles.length} articles`, smallContent, path.join(root, 'dist-small'), 3)

    console.log('Loading the home page and the seed of both builds in Chromium (unthrottled, cache off)…')
    const browser = await launchChromium()
    const views = { big: { home: {} as Bytes, seed: {} as Bytes }, small: { home: {} as Bytes, seed: {} as Bytes } }
    try {
      for (const [key, dist] of [
        ['big', path.join(root, 'dist-big')],
        ['small', path.join(root, 'dist-small')],
      ] as const) {
        views[key].home = await firstView(browser, dist, '/')
        views[key].seed = await firstView(browser, dist, `/articles/${SEED_SLUG}`)
      }
    } finally {
      await browser.close()
    }

    const byteRow = (label: string, pick: (build: Build) => number) => [
      label,
      kB(pick(small)),
      kB(pick(big)),
      `${pick(big) - pick(small) >= 0 ? '+' : ''}${pick(big) - pick(small)} B`,
    ]
    const viewRow = (label: string, pick: (view: (typeof views)['big']) => number) => [
      label,
      kB(pick(views.small)),
      kB(pick(views.big)),
      `${pick(views.big) - pick(views.small) >= 0 ? '+' : ''}${pick(views.big) - pick(views.small)} B`,
    ]
    console.log(`\n## Build of ${count + 3} articles vs 3\n`)
    console.log(
      formatTable([
        ['', small.label, big.label, 'difference'],
        [
          'build wall time (all npm run build steps)',
          seconds(small.wallSeconds * 1000),
          seconds(big.wallSeconds * 1000),
          '',
        ],
        ...big.steps.map((step, index) => [
          `  ${step.step}`,
          seconds(small.steps[index]?.wallMs ?? 0),
          seconds(step.wallMs),
          '',
        ]),
        ['build CPU time (user + system, all processes)', `${sumCpu(small.steps)} s`, `${sumCpu(big.steps)} s`, ''],
        ['content build alone', '', seconds(contentOnly.wallMs), ''],
        ['peak memory (max RSS of a build process)', mib(small.peakRssBytes), mib(big.peakRssBytes), ''],
        ['output files', String(small.output.files), String(big.output.files), ''],
        [
          'output size',
          `${(small.output.bytes / 2 ** 20).toFixed(1)} MiB`,
          `${(big.output.bytes / 2 ** 20).toFixed(1)} MiB`,
          '',
        ],
        byteRow('home index.html', (b) => b.home.htmlBytes),
        byteRow('home /data/index/1.json', (b) => b.home.indexJsonBytes),
        ['home: article links in the HTML', String(small.home.articleLinks), String(big.home.articleLinks), ''],
        viewRow('home first view, total transfer', (v) => v.home.total),
        viewRow('  document + data', (v) => v.home.document + v.home.data),
        viewRow('  script', (v) => v.home.script),
        viewRow('  style', (v) => v.home.style),
        byteRow('seed prerendered HTML', (b) => b.seed.htmlBytes),
        byteRow('seed JSON', (b) => b.seed.jsonBytes),
        viewRow('seed first view, total transfer', (v) => v.seed.total),
      ]),
    )

    // With 3 articles page 1 lists 3; with N it lists 20. Growth the extra 17 list entries explain is expected; growth
    // beyond that, or any growth in script/style, would mean the first view scales with the catalogue.
    const extraEntries = Math.min(PAGE_SIZE, count + 3) - 3
    const homeGrowth =
      views.big.home.document + views.big.home.data - (views.small.home.document + views.small.home.data)
    const perEntry = extraEntries > 0 ? homeGrowth / extraEntries : homeGrowth
    // Script and CSS do not depend on the content at all; a few bytes' difference means someone changed src/ between
    // the two builds (this checkout is shared), which is not the catalogue's doing.
    const assetDifference = Math.abs(
      views.big.home.script + views.big.home.style - (views.small.home.script + views.small.home.style),
    )
    const assetsSame = assetDifference <= 1000
    const seedGrowth = big.seed.htmlBytes + big.seed.jsonBytes - (small.seed.htmlBytes + small.seed.jsonBytes)
    const peak = Math.max(big.peakRssBytes ?? 0, contentOnly.maxRssKiB ? contentOnly.maxRssKiB * 1024 : 0)
    const checks: BudgetLine[] = [
      {
        budget: `npm run build of ${count + 3} articles ≤ ${budget.buildSeconds} s`,
        measured: seconds(big.wallSeconds * 1000),
        pass: big.wallSeconds <= budget.buildSeconds,
      },
      {
        budget: 'peak memory ≤ 1 GiB (any build process)',
        measured: mib(peak || null),
        pass: big.peakRssBytes === null ? null : peak <= budget.peakBytes,
      },
      {
        budget: 'home first view independent of the catalogue (≤ one page of 20 entries, same script/CSS)',
        measured: `${big.home.articleLinks} article links; +${homeGrowth} B for ${extraEntries} more entries (${Math.round(perEntry)} B each); script/CSS ${assetDifference === 0 ? 'same' : `${assetsSame ? 'within' : 'differ by'} ${assetDifference} B`}`,
        pass: big.home.articleLinks <= PAGE_SIZE && perEntry <= 2000 && assetsSame,
      },
      {
        budget: 'seed article page does not grow with the catalogue (HTML + JSON, ±1 kB for other neighbours)',
        measured: `${seedGrowth >= 0 ? '+' : ''}${seedGrowth} B`,
        pass: Math.abs(seedGrowth) <= 1000,
      },
    ]
    console.log('\n## Checks\n')
    console.log(formatBudget(checks))

    await rm(path.join(root, 'content-only'), { recursive: true, force: true })
    await mkdir(path.join(repoRoot, 'bench/results'), { recursive: true })
    const stripOutput = (steps: StepResult[]) => steps.map(({ output: _output, ...step }) => step)
    await writeFile(
      path.join(repoRoot, 'bench/results/content.json'),
      `${JSON.stringify(
        {
          bench: 'bench/content.ts',
          machine: machineInfo(),
          settings: {
            syntheticArticles: count,
            plusRealArticles: realArticles,
            seed: Number(args.seed),
            words: generated.words,
            sourceFiles: source,
            peakMemory: 'GNU time -v "Maximum resident set size" of each node process',
            durationSeconds: Math.round((performance.now() - started) / 1000),
          },
          budget,
          contentBuildAlone: {
            wallMs: contentOnly.wallMs,
            maxRssKiB: contentOnly.maxRssKiB,
            output: contentOnly.output.trim(),
          },
          builds: [small, big].map((entry) => ({ ...entry, steps: stripOutput(entry.steps) })),
          firstView: views,
          checks,
        },
        null,
        2,
      )}\n`,
    )
    console.log(`\nWrote bench/results/content.json (${seconds(performance.now() - started)} in all).`)
  } finally {
    if (args.keep) console.log(`Kept ${root}`)
    else await rm(root, { recursive: true, force: true })
  }
}

await main()
