import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Writes in small parallel batches: fast on 10,000 files without opening them all at once. */
const WRITE_CONCURRENCY = 64

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  )
}

/**
 * Writes the bundled data under `<siteRoot>/data/` atomically: everything goes into a fresh folder beside the
 * target, which replaces the old `data/` only once every file is written. If producing or writing any file fails,
 * the temporary folder is removed and the old data stays exactly as it was, so a reader never sees half a build.
 *
 * `files` yields `[path, json]` with paths from `dataPaths` (`/data/articles/x.json`); it is consumed lazily.
 */
export async function writeContent(siteRoot: string, files: Iterable<[string, string]>): Promise<number> {
  const target = path.join(siteRoot, 'data')
  await mkdir(siteRoot, { recursive: true })
  const temporary = await mkdtemp(path.join(siteRoot, '.data-tmp-'))
  let written = 0
  let pending: Promise<void>[] = []
  try {
    const folders = new Set<string>()
    for (const [dataPath, json] of files) {
      const relative = path.posix.normalize(dataPath).replace(/^\/data\//, '')
      if (relative === path.posix.normalize(dataPath) || relative.startsWith('..')) {
        throw new Error(`refusing to write "${dataPath}": data paths start with /data/`)
      }
      const destination = path.join(temporary, relative)
      const folder = path.dirname(destination)
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true })
        folders.add(folder)
      }
      pending.push(writeFile(destination, json))
      written++
      if (pending.length >= WRITE_CONCURRENCY) {
        await Promise.all(pending)
        pending = []
      }
    }
    await Promise.all(pending)
  } catch (error) {
    await Promise.allSettled(pending)
    await rm(temporary, { recursive: true, force: true })
    throw error
  }

  // rename() cannot replace a non-empty folder, so the old one steps aside first and is removed afterwards.
  const previous = `${temporary}-previous`
  const hadPrevious = await exists(target)
  if (hadPrevious) await rename(target, previous)
  try {
    await rename(temporary, target)
  } catch (error) {
    if (hadPrevious) await rename(previous, target)
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true })
  return written
}
