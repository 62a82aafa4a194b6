import { describe, expect, it } from 'vitest'
import { contentDirWith } from './content-fixtures.ts'
import { loadArticleFiles } from './load-article-file.ts'
import { loadArticleFilesInParallel, processesForFiles } from './parallel-load.ts'

const files: Record<string, string | Uint8Array> = {
  'a-plain.txt': '---\ndate: 2025-01-02\n---\nPlain\n\nWords café 東京.',
  'b-markdown.md':
    '---\ntitle: Marked\ntags: [kota]\n---\nSome *emphasis* and [a link](https://example.org/).\n\n## Sub\n\n> Quote',
  'c-broken.md': '---\ntitle: Broken\n---\n\n[x](javascript:alert(1))',
  'd-no-summary.md': '---\ntitle: Undated\nlang: en\n---\n- one\n- two',
  'e-latin1.txt': new Uint8Array([0x48, 0x69, 0x0a, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
  'f-last.txt': 'Last\n\nOne more.',
}

describe('loadArticleFilesInParallel', () => {
  it('gives what loading in this process gives, in the same order, problems included', async () => {
    const contentDir = await contentDirWith(files)
    const names = Object.keys(files)
    const alone = await loadArticleFiles(contentDir, names)
    // Three processes: this one and two children, each taking every third file.
    expect(await loadArticleFilesInParallel(contentDir, names, 3)).toEqual(alone)
    expect(alone[2]).toEqual([expect.objectContaining({ line: 5, reason: expect.stringContaining('unsafe link') })])
    expect(alone[4]).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining('not valid UTF-8') })])
  })

  it('keeps a small catalogue in one process, and a large one to a process per core, at most four', () => {
    expect(processesForFiles(3)).toBe(1)
    expect(processesForFiles(999)).toBe(1)
    expect(processesForFiles(1_000_000)).toBeGreaterThanOrEqual(1)
    expect(processesForFiles(1_000_000)).toBeLessThanOrEqual(4)
  })
})
