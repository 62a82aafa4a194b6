import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

/** The repository root, whatever the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** Git-ignored scratch space inside the repo: builds kept between runs so `--no-build` has something to reuse. */
export const scratchDir = path.join(repoRoot, 'bench/results/tmp')

const GNU_TIME = '/usr/bin/time'

export type StepResult = {
  step: string
  wallMs: number
  /** User + system CPU time of the step and its child processes (GNU time): what a busy machine inflates least. */
  cpuSeconds: number | null
  maxRssKiB: number | null
  output: string
}

/**
 * Runs a command from the repo root and measures its wall time and peak memory. Peak memory is GNU time's
 * "Maximum resident set size" (the largest process of the tree it waited for), so the command should be `node …`
 * itself, not an npm/npx wrapper whose own small footprint would be what gets reported.
 */
export async function timedStep(
  step: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<StepResult> {
  await mkdir(scratchDir, { recursive: true })
  const timeFile = path.join(scratchDir, `time-${process.pid}-${Date.now()}.txt`)
  const useTime = existsSync(GNU_TIME)
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args]
  const started = performance.now()
  const child = spawn(file, argv, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', resolve)
  })
  const wallMs = performance.now() - started
  let maxRssKiB: number | null = null
  let cpuSeconds: number | null = null
  if (useTime && existsSync(timeFile)) {
    const report = await readFile(timeFile, 'utf8')
    await rm(timeFile, { force: true })
    const match = report.match(/Maximum resident set size \(kbytes\): (\d+)/)
    if (match) maxRssKiB = Number(match[1])
    const user = report.match(/User time \(seconds\): ([\d.]+)/)
    const system = report.match(/System time \(seconds\): ([\d.]+)/)
    if (user && system) cpuSeconds = Number(user[1]) + Number(system[1])
  }
  if (code !== 0) throw new Error(`${step} failed (exit ${code}):\n${output.slice(-4000)}`)
  return { step, wallMs, cpuSeconds, maxRssKiB, output }
}

const viteBin = path.join(repoRoot, 'node_modules/vite/bin/vite.js')

export type BuildOptions = {
  outDir: string
  /** Build another content folder than content/articles (vite.config.ts reads it from WARTA_CONTENT_DIR). */
  contentDir?: string
  /** The public origin baked into canonical links and the sitemap; unset by default, as in `npm run build`. */
  siteUrl?: string
}

/**
 * The steps of `npm run build`, read from package.json so the benchmarks follow the build as it changes
 * (`vite build && tsx scripts/prerender.ts && tsx scripts/compress-dist.ts` today). Each `tsx` step takes the dist
 * folder as its first argument.
 */
export async function buildSteps(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>
  }
  const build = manifest.scripts?.build
  if (!build) throw new Error('package.json has no "build" script')
  return build.split('&&').map((step) => step.trim())
}

const stepName = (step: string) =>
  step === 'vite build' ? 'vite build' : path.basename(step.split(/\s+/)[1] ?? step, '.ts')

/**
 * What `npm run build` does, step by step, but into `outDir` so a benchmark never overwrites the dist/ that other
 * work in this checkout is using. Each step runs as `node …` directly, so its peak memory is its own.
 */
export async function buildSite(options: BuildOptions): Promise<StepResult[]> {
  const env = { SITE_URL: options.siteUrl, WARTA_CONTENT_DIR: options.contentDir }
  const results: StepResult[] = []
  for (const step of await buildSteps()) {
    const [tool, ...rest] = step.split(/\s+/)
    let argv: string[]
    if (tool === 'vite' && rest[0] === 'build' && rest.length === 1) {
      argv = [viteBin, 'build', '--outDir', options.outDir, '--emptyOutDir', '--logLevel', 'warn']
    } else if (tool === 'tsx' && rest.length === 1 && rest[0]) {
      argv = ['--import', 'tsx', rest[0], options.outDir]
    } else {
      throw new Error(
        `bench/support/build-site.ts does not know how to run the build step "${step}" into another folder`,
      )
    }
    results.push(await timedStep(stepName(step), process.execPath, argv, env))
  }
  return results
}

/** Counts files and bytes under a folder. */
export async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return { files, bytes }
}

/** A fresh folder under the OS temp dir (never inside the repo, never committed). */
export const makeTempDir = (prefix: string) => mkdtemp(path.join(tmpdir(), prefix))
