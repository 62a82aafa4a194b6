import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hasCompressedCopies, writeCompressedCopies } from './compressed-copies.ts'
import { MIN_COMPRESSIBLE_BYTES } from './compressible.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'warta-compressed-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const page = Buffer.from(`<!doctype html><p>${'Kabar café 東京. '.repeat(200)}</p>`)

describe('writeCompressedCopies', () => {
  it('writes a .br and a .gz that decompress to the same bytes', async () => {
    const file = path.join(dir, 'index.html')
    await writeFile(file, page)
    writeCompressedCopies(file, page)
    expect(brotliDecompressSync(await readFile(`${file}.br`))).toEqual(page)
    expect(gunzipSync(await readFile(`${file}.gz`))).toEqual(page)
    expect(existsSync(`${file}.br.tmp`) || existsSync(`${file}.gz.tmp`)).toBe(false)
  })

  it('takes the .gz from the caller when it brings its own', async () => {
    const file = path.join(dir, 'index.html')
    const ownGzip = gzipSync(page, { level: 1 })
    writeCompressedCopies(file, page, () => ownGzip)
    expect(await readFile(`${file}.gz`)).toEqual(ownGzip)
    expect(brotliDecompressSync(await readFile(`${file}.br`))).toEqual(page)
  })

  it('leaves files too small to gain anything alone', async () => {
    const file = path.join(dir, 'robots.txt')
    const small = Buffer.alloc(MIN_COMPRESSIBLE_BYTES - 1, 'a')
    await writeFile(file, small)
    writeCompressedCopies(file, small)
    expect(existsSync(`${file}.br`) || existsSync(`${file}.gz`)).toBe(false)
  })
})

describe('hasCompressedCopies', () => {
  it('is true once both copies are written and false again when the file changes afterwards', async () => {
    const file = path.join(dir, 'index.html')
    await writeFile(file, page)
    expect(hasCompressedCopies(file)).toBe(false)
    writeCompressedCopies(file, page)
    expect(hasCompressedCopies(file)).toBe(true)

    const later = new Date(Date.now() + 60_000)
    await utimes(file, later, later)
    expect(hasCompressedCopies(file)).toBe(false)
  })

  it('is false when one of the copies is missing', async () => {
    const file = path.join(dir, 'index.html')
    await writeFile(file, page)
    writeCompressedCopies(file, page)
    await rm(`${file}.gz`)
    expect(hasCompressedCopies(file)).toBe(false)
  })
})
