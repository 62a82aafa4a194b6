import { randomBytes } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { gzipWithSharedMiddle } from './gzip-shared-middle.ts'

const text = (words: string, times: number) => Buffer.from(Array.from({ length: times }, () => words).join(' '))
const style = text('.prose :where(p):not(:where([class~="not-prose"] *)){margin-top:1.25em}', 1200) // ~85 kB
const head = Buffer.from(
  '<!doctype html><html><head><title>Kabar café 東京</title><meta name="description" content="x">',
)
const body = text('<p>Warga desa menanam padi — “kutipan” dan €12 untuk ½ karung.</p>', 300)

const gunzipped = (gzipped: Buffer) => gunzipSync(gzipped)

describe('gzipWithSharedMiddle', () => {
  it('makes gzip that decodes to before + shared + after, page after page', () => {
    const gzip = gzipWithSharedMiddle(style, 6)
    for (const [before, after] of [
      [head, body],
      [Buffer.from('<title>B</title>'), Buffer.from('<p>b</p></body></html>')],
      [head, Buffer.concat([body, style.subarray(0, 5000)])],
    ] as const) {
      expect(gunzipped(gzip(before, after))).toEqual(Buffer.concat([before, style, after]))
    }
  })

  it('lets the page body refer back into a shared part shorter than the window, and into the head before it', () => {
    const shortShared = Buffer.from('<style>body{margin:0}</style></head><body><div id="root">')
    const gzip = gzipWithSharedMiddle(shortShared, 6)
    const before = text('<meta name="description" content="Warga desa menanam padi">', 800) // longer than 32 kB
    const after = Buffer.concat([text('<meta name="description" content="Warga desa menanam padi">', 3), body])
    const document = Buffer.concat([before, shortShared, after])
    const gzipped = gzip(before, after)
    expect(gunzipped(gzipped)).toEqual(document)
    expect(gzipped.length).toBeLessThanOrEqual(gzipSync(document, { level: 6 }).length * 1.01 + 64)
  })

  it('copes with empty parts and with bytes that do not compress', () => {
    const noise = randomBytes(70_000)
    for (const [shared, before, after] of [
      [style, Buffer.alloc(0), Buffer.alloc(0)],
      [Buffer.alloc(0), head, body],
      [Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(0)],
      [noise, noise.subarray(0, 40_000), noise.subarray(30_000)],
    ] as const) {
      expect(gunzipped(gzipWithSharedMiddle(shared, 6)(before, after))).toEqual(Buffer.concat([before, shared, after]))
    }
  })

  it('is about as small as gzip of the whole document at the same level: a few block headers more', () => {
    const document = Buffer.concat([head, style, body])
    const single = gzipSync(document, { level: 6 }).length
    expect(gzipWithSharedMiddle(style, 6)(head, body).length).toBeLessThanOrEqual(single * 1.01 + 64)
  })
})
