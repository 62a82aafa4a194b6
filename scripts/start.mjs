// `npm start`: build the app if the build is missing or older than its sources, then run the production server.
// Plain JavaScript so it runs before anything is compiled.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const buildStamp = 'dist/index.html'
const sources = ['src', 'content', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package-lock.json']

function newestModification(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestModification(join(path, entry))), 0)
}

function buildIsStale() {
  if (!existsSync(buildStamp)) return true
  const built = statSync(buildStamp).mtimeMs
  return sources.some((source) => newestModification(source) > built)
}

if (buildIsStale()) {
  console.log('Building Warta…')
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
