/**
 * Issue 5: "a 20,000-word article scrolls without dropped frames in the reading-position tracking (one observer, no
 * per-scroll layout reads)".
 *
 *   npm run bench:long-article [-- --words 20000] [--runs 3] [--seconds 5]
 *
 * Builds the real three articles plus one long Markdown article into a temp folder (built through WARTA_CONTENT_DIR,
 * as bench:content does), serves it with the production server, and scrolls it in headless Chromium at 4× CPU slowdown with
 * a requestAnimationFrame-driven scroll for a few seconds. Counts frames from rAF timestamps (a frame longer than
 * 1.5 × 16.7 ms is a long frame; dropped frames are the vsyncs a long frame swallowed), Long Animation Frames, layout
 * and style recalculations (CDP Performance metrics), and — by wrapping the APIs before the app loads — observers
 * created, scroll listeners added and layout-reading calls made while scrolling. The same article as static HTML is
 * the control: what this machine does with no script at all. Writes bench/results/long-article.json.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { buildSite, makeTempDir, repoRoot } from './support/build-site.ts'
import { chromiumPath, launchChromium, NetworkLog, viewport } from './support/chromium.ts'
import { machineInfo, warnIfBusy } from './support/machine.ts'
import { type Instrumentation, instrumentScript, scrollInPage } from './support/scroll-probe.ts'
import { type Site, startStaticSite, startWarta } from './support/serve-site.ts'
import { floorPage, readArticle } from './support/static-floor.ts'
import { formatSpread, formatTable, spreadOf } from './support/stats.ts'
import { longArticle, writeSyntheticArticles } from './support/synthetic-articles.ts'

const LONG_SLUG = 'bench-long-read'
const FRAME_MS = 1000 / 60
const LONG_FRAME_MS = FRAME_MS * 1.5
const CPU_SLOWDOWN = 4
const SCROLL_PX_PER_SECOND = 2400

const { values: args } = parseArgs({
  options: {
    words: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
  },
})
const words = Number(args.words)
const runs = Math.max(1, Number(args.runs))
const scrollSeconds = Number(args.seconds)

type ScrollResult = {
  durationMs: number
  frames: number
  longFrames: number
  droppedFrames: number
  /** Dropped frames as a share of the frames the display would have shown. */
  droppedShare: number
  worstFrameMs: number
  scrolledPx: number
  longAnimationFrames: number
  loafBlockingMs: number
  hashAtEnd: string
}

type Run = ScrollResult & {
  system: 'warta' | 'static'
  run: number
  cdp: Record<string, number>
  instrumentation: Instrumentation | null
}

async function measure(browser: Browser, site: Site, system: Run['system'], run: number): Promise<Run> {
  const context = await browser.newContext({ viewport })
  try {
    await context.addInitScript({ content: instrumentScript })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const log = new NetworkLog(cdp)
    await cdp.send('Network.enable')
    await cdp.send('Performance.enable')
    await page.goto(`${site.origin}/articles/${LONG_SLUG}`, { waitUntil: 'load', timeout: 120_000 })
    await log.quiet(1000, 60_000)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    const metric = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((entry) => [entry.name, entry.value]))
    const before = await metric()
    const scrolled = await page.evaluate(scrollInPage, { seconds: scrollSeconds, pxPerSecond: SCROLL_PX_PER_SECOND })
    const after = await metric()
    const instrumentation = await page.evaluate(() => window.__instrumentation ?? null)
    const intervals = scrolled.stamps.slice(1).map((stamp, index) => stamp - (scrolled.stamps[index] ?? stamp))
    const dropped = intervals.reduce((sum, interval) => sum + Math.max(0, Math.round(interval / FRAME_MS) - 1), 0)
    const durationMs = (scrolled.stamps.at(-1) ?? 0) - (scrolled.stamps[0] ?? 0)
    const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0)
    return {
      system,
      run,
      durationMs,
      frames: intervals.length,
      longFrames: intervals.filter((interval) => interval > LONG_FRAME_MS).length,
      droppedFrames: dropped,
      droppedShare: dropped / Math.max(1, intervals.length + dropped),
      worstFrameMs: Math.max(0, ...intervals),
      scrolledPx: scrolled.scrolledPx,
      longAnimationFrames: scrolled.loaf.length,
      loafBlockingMs: scrolled.loaf.reduce((sum, frame) => sum + frame.blocking, 0),
      hashAtEnd: scrolled.hash,
      cdp: {
        layouts: delta('LayoutCount'),
        styleRecalcs: delta('RecalcStyleCount'),
        layoutMs: delta('LayoutDuration') * 1000,
        styleMs: delta('RecalcStyleDuration') * 1000,
        scriptMs: delta('ScriptDuration') * 1000,
        taskMs: delta('TaskDuration') * 1000,
      },
      instrumentation,
    }
  } finally {
    await context.close()
  }
}

async function main() {
  warnIfBusy()
  const started = Date.now()
  const root = await makeTempDir('warta-long-article-')
  try {
    const contentDir = path.join(root, 'articles')
    await writeSyntheticArticles(contentDir, { count: 0 })
    const markdown = longArticle(words)
    await writeFile(path.join(contentDir, `${LONG_SLUG}.md`), markdown)
    const body = markdown.slice(markdown.indexOf('\n---', 3) + 4)
    const wordCount = body.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
    console.log(`Building the real three articles plus a ${wordCount.toLocaleString('en')}-word one…`)
    const distDir = path.join(root, 'dist')
    for (const step of await buildSite({ outDir: distDir, contentDir })) {
      console.log(`  ${step.step}: ${(step.wallMs / 1000).toFixed(1)} s`)
    }
    const article = await readArticle(distDir, LONG_SLUG)
    const warta = await startWarta(distDir)
    const html = 'text/html; charset=utf-8'
    const control = await startStaticSite(
      new Map([[`/articles/${LONG_SLUG}`, { type: html, body: floorPage(article) }]]),
    )
    const browser = await launchChromium()
    const results: Run[] = []
    try {
      console.log(
        `Chromium ${browser.version()}: ${article.blocks.length} blocks, ${CPU_SLOWDOWN}× CPU, ` +
          `${scrollSeconds} s of rAF scrolling at ${SCROLL_PX_PER_SECOND} px/s, ${runs} run(s) each, interleaved`,
      )
      for (let run = 1; run <= runs; run++) {
        for (const [system, site] of [
          ['warta', warta],
          ['static', control],
        ] as const) {
          const result = await measure(browser, site, system, run)
          results.push(result)
          console.log(
            `  ${system} run ${run}: ${result.frames} frames, ${result.longFrames} long, ${result.droppedFrames} dropped ` +
              `(${(result.droppedShare * 100).toFixed(1)}%), worst ${Math.round(result.worstFrameMs)} ms, ` +
              `scrolled ${Math.round(result.scrolledPx)} px, URL hash after ${result.hashAtEnd || '(none)'}`,
          )
        }
      }
    } finally {
      await browser.close()
      await warta.stop()
      await control.stop()
    }

    const spread = (system: Run['system'], pick: (run: Run) => number) =>
      spreadOf(results.filter((run) => run.system === system).map(pick))
    const row = (label: string, pick: (run: Run) => number, unit: 'ms' | '' = '') => [
      label,
      formatSpread(spread('warta', pick), unit),
      formatSpread(spread('static', pick), unit),
    ]
    console.log(
      `\n## ${wordCount.toLocaleString('en')}-word article, ${scrollSeconds} s of scrolling at ${CPU_SLOWDOWN}× CPU (medians, min–max)\n`,
    )
    console.log(
      formatTable([
        ['', 'Warta', 'static control'],
        row('frames', (run) => run.frames),
        row('long frames (> 25 ms)', (run) => run.longFrames),
        row('dropped frames', (run) => run.droppedFrames),
        row('dropped share %', (run) => run.droppedShare * 100),
        row('worst frame', (run) => run.worstFrameMs, 'ms'),
        row('long animation frames', (run) => run.longAnimationFrames),
        row('LoAF blocking time', (run) => run.loafBlockingMs, 'ms'),
        row('layouts', (run) => run.cdp.layouts ?? 0),
        row('style recalcs', (run) => run.cdp.styleRecalcs ?? 0),
        row('script time', (run) => run.cdp.scriptMs ?? 0, 'ms'),
        row('layout time', (run) => run.cdp.layoutMs ?? 0, 'ms'),
      ]),
    )
    const wartaRun = results.find((run) => run.system === 'warta')?.instrumentation
    if (wartaRun) {
      const reads = Object.entries(wartaRun.layoutReadsWhileScrolling)
      console.log(
        `\nWarta's page: ${wartaRun.intersectionObservers} IntersectionObserver(s) watching at most ${wartaRun.observedTargets} ` +
          `element(s) at once (${wartaRun.observeCallsWhileScrolling} observe calls while scrolling), ` +
          `${wartaRun.resizeObservers} ResizeObserver(s), ${wartaRun.scrollListeners} scroll listener(s); layout-reading calls while scrolling: ` +
          `${reads.length === 0 ? 'none' : reads.map(([name, calls]) => `${name} ×${calls}`).join(', ')} (first run).`,
      )
    }
    const droppedMedian = spread('warta', (run) => run.droppedShare)?.median ?? 0
    const controlMedian = spread('static', (run) => run.droppedShare)?.median ?? 0
    console.log(
      `Dropped-frame share: Warta ${(droppedMedian * 100).toFixed(1)}%, static control ${(controlMedian * 100).toFixed(1)}% ` +
        '(the control is what this machine drops with no script at all).',
    )

    await mkdir(path.join(repoRoot, 'bench/results'), { recursive: true })
    await writeFile(
      path.join(repoRoot, 'bench/results/long-article.json'),
      `${JSON.stringify(
        {
          bench: 'bench/long-article.ts',
          machine: machineInfo({ chromiumPath }),
          settings: {
            words: wordCount,
            blocks: article.blocks.length,
            cpuSlowdown: CPU_SLOWDOWN,
            scrollSeconds,
            scrollPxPerSecond: SCROLL_PX_PER_SECOND,
            longFrameMs: LONG_FRAME_MS,
            viewport,
            runs,
            durationSeconds: Math.round((Date.now() - started) / 1000),
          },
          summary: {
            warta: { droppedShare: droppedMedian, longFrames: spread('warta', (run) => run.longFrames) },
            static: { droppedShare: controlMedian, longFrames: spread('static', (run) => run.longFrames) },
          },
          runs: results,
        },
        null,
        2,
      )}\n`,
    )
    console.log('Wrote bench/results/long-article.json.')
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

await main()
