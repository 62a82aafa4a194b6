import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

const created: string[] = []

/** A fresh temporary folder holding `files` (name → text or bytes), removed after the current test. */
export async function contentDirWith(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'warta-content-'))
  created.push(directory)
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(directory, name)), { recursive: true })
    await writeFile(path.join(directory, name), contents)
  }
  return directory
}

afterEach(async () => {
  await Promise.all(created.splice(0).map((directory) => rm(directory, { recursive: true, force: true })))
})

/** Runs `action` and returns the `file:line: reason` message it threw, failing the test if it did not throw. */
export async function errorMessageOf(action: () => unknown): Promise<string> {
  try {
    await action()
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('expected an error, but none was thrown')
}
