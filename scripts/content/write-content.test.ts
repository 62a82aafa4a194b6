import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildContent } from './build-content.ts'
import { contentDirWith, errorMessageOf } from './content-fixtures.ts'
import { writeContent } from './write-content.ts'

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('writeContent', () => {
  it('writes every file under <siteRoot>/data and replaces the previous data entirely', async () => {
    const siteRoot = await contentDirWith({ 'data/articles/stale.json': '{}', 'keep.txt': 'untouched' })
    const build = await buildContent(await contentDirWith({ 'one.txt': 'One\n\nText.' }))
    expect(await writeContent(siteRoot, build.files())).toBe(2)
    expect(await listFiles(siteRoot)).toEqual(['data/articles/one.json', 'data/index/1.json', 'keep.txt'])
    expect(JSON.parse(await readFile(path.join(siteRoot, 'data/articles/one.json'), 'utf8'))).toMatchObject({
      slug: 'one',
      title: 'One',
    })
  })

  it('leaves the old data intact and no temporary folder behind when producing a file fails midway', async () => {
    const siteRoot = await contentDirWith({ 'data/articles/old.json': '{"old":true}' })
    function* failing(): Generator<[string, string]> {
      yield ['/data/articles/new.json', '{}']
      throw new Error('schema check failed')
    }
    expect(await errorMessageOf(() => writeContent(siteRoot, failing()))).toBe('schema check failed')
    expect(await listFiles(siteRoot)).toEqual(['data/articles/old.json'])
    expect(await readFile(path.join(siteRoot, 'data/articles/old.json'), 'utf8')).toBe('{"old":true}')
  })

  it('writes nothing when the content build fails', async () => {
    const siteRoot = await contentDirWith({ 'data/index/1.json': '{"page":1}' })
    const content = await contentDirWith({ 'good.txt': 'Good\n\nText.', 'bad.md': 'no front matter' })
    const message = await errorMessageOf(async () => writeContent(siteRoot, (await buildContent(content)).files()))
    expect(message).toMatch(/bad\.md:1: a \.md article needs a "title"/)
    expect(await listFiles(siteRoot)).toEqual(['data/index/1.json'])
  })

  it('refuses paths outside /data/', async () => {
    const siteRoot = await contentDirWith()
    expect(await errorMessageOf(() => writeContent(siteRoot, [['/data/../escape.json', '{}']]))).toContain('refusing')
    expect(await listFiles(siteRoot)).toEqual([])
  })
})
