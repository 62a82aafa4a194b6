import { describe, expect, it } from 'vitest'
import {
  buildTextDirective,
  findTextDirective,
  findTextDirectivePreferring,
  formatTextDirective,
  parseTextDirective,
  type TextSpan,
} from './text-fragment.ts'

const article = [
  'Kim bertemu Menteri Luar Negeri Sergey Lavrov di kota Wonsan.',
  'Lavrov mengatakan ia berharap wisatawan Rusia akan segera datang.',
  'Terintegrasi ke dalam perang Rusia',
  'Wisatawan Rusia – kata Lavrov – akan “semakin bersemangat”, 100% yakin & senang.',
].join('\n')

const spanOf = (passage: string, from = 0) => {
  const start = article.indexOf(passage, from)
  return { start, end: start + passage.length }
}

describe('buildTextDirective', () => {
  it('uses a short unique passage as it is', () => {
    const directive = buildTextDirective(article, spanOf('kota Wonsan'))
    expect(directive).toEqual({ start: 'kota Wonsan' })
  })

  it('adds the words before a passage that occurs more than once until it is unique', () => {
    const second = spanOf('Rusia', spanOf('Rusia').end)
    const directive = buildTextDirective(article, second)
    expect(directive).toEqual({ prefix: 'perang', start: 'Rusia' })
    expect(findTextDirective(article, directive ?? { start: '' })).toEqual(second)
  })

  it('adds words after when nothing before makes it unique', () => {
    const first = spanOf('Lavrov', spanOf('Lavrov').end) // at the start of block 2: nothing before it in its block
    const directive = buildTextDirective(article, first)
    expect(directive).toEqual({ start: 'Lavrov', suffix: 'mengatakan' })
  })

  it('names a long or multi-block passage by its first and last words', () => {
    const span = { start: article.indexOf('Sergey'), end: article.indexOf('segera') + 'segera'.length }
    expect(buildTextDirective(article, span)).toEqual({ start: 'Sergey Lavrov di', end: 'Rusia akan segera' })
  })

  it('trims whitespace around the selection and refuses an empty one', () => {
    const span = spanOf(' kota Wonsan.')
    expect(buildTextDirective(article, span)).toEqual({ start: 'kota Wonsan.' })
    expect(buildTextDirective(article, { start: 3, end: 3 })).toBeNull()
  })
})

describe('formatTextDirective and parseTextDirective', () => {
  it('encodes the directive delimiters and reads them back exactly', () => {
    const directive = {
      prefix: 'Rusia –',
      start: 'kata Lavrov – akan “semakin',
      end: '100% yakin & senang.',
      suffix: 'x-y,z',
    }
    const formatted = formatTextDirective(directive)
    expect(formatted).toBe(
      ':~:text=Rusia%20%E2%80%93-,kata%20Lavrov%20%E2%80%93%20akan%20%E2%80%9Csemakin,100%25%20yakin%20%26%20senang.,-x%2Dy%2Cz',
    )
    expect(parseTextDirective(`https://warta.example/articles/a#p-4${formatted}`)).toEqual(directive)
  })

  it('reads start-only directives and ignores other directives', () => {
    expect(parseTextDirective('#:~:text=kota%20Wonsan')).toEqual({ start: 'kota Wonsan' })
    expect(parseTextDirective('#p-2:~:other=1&text=Lavrov')).toEqual({ start: 'Lavrov' })
  })

  it.each(['#p-3', '#:~:text=', '#:~:text=%E0%A4%A', '#:~:text=a,b,c', '#:~:note=x'])('rejects %j', (hash) => {
    expect(parseTextDirective(hash)).toBeNull()
  })
})

describe('findTextDirective', () => {
  it('finds the first match, honouring prefix, end and suffix', () => {
    expect(findTextDirective(article, { start: 'Rusia' })).toEqual(spanOf('Rusia'))
    expect(findTextDirective(article, { start: 'Rusia', suffix: 'akan segera' })).toEqual(
      spanOf('Rusia', article.indexOf('wisatawan')),
    )
    expect(findTextDirective(article, { prefix: 'perang', start: 'Rusia' })).toEqual(
      spanOf('Rusia', article.indexOf('perang')),
    )
    expect(findTextDirective(article, { start: 'Kim bertemu', end: 'Wonsan.' })).toEqual(
      spanOf('Kim bertemu Menteri Luar Negeri Sergey Lavrov di kota Wonsan.'),
    )
    expect(findTextDirective(article, { start: 'tidak ada' })).toBeNull()
  })

  it('takes the first start, then the first end after it, as browsers do', () => {
    const text = ['Kata Luar Negeri Rusia pertama.', 'Luar Negeri Rusia lagi, menegaskan kembali.'].join('\n')
    expect(findTextDirective(text, { start: 'Luar Negeri Rusia', end: 'menegaskan kembali' })).toEqual({
      start: text.indexOf('Luar'),
      end: text.indexOf('kembali') + 'kembali'.length,
    })
  })

  it('matches whole words only, ignoring case and the kind of quote marks', () => {
    const text = 'Rusian ekspor. Kata "Salam" dari RUSIA.'
    expect(findTextDirective(text, { start: 'rusia' })).toEqual({ start: text.indexOf('RUSIA'), end: text.length - 1 })
    const quoted = text.indexOf('"Salam"')
    expect(findTextDirective(text, { start: '“salam”' })).toEqual({ start: quoted, end: quoted + 7 })
    const phrase = text.indexOf('ekspor')
    expect(findTextDirective(text, { start: 'ekspor. Kata' })).toEqual({ start: phrase, end: phrase + 12 })
  })

  it('never matches a term across two blocks', () => {
    expect(findTextDirective('satu dua\ntiga', { start: 'dua tiga' })).toBeNull()
  })

  it('starts searching at `from`', () => {
    const second = spanOf('Rusia', spanOf('Rusia').end)
    expect(findTextDirective(article, { start: 'Rusia' }, spanOf('Rusia').end)).toEqual(second)
  })
})

describe('findTextDirectivePreferring', () => {
  const thirdBlock = { start: article.indexOf('Terintegrasi'), end: article.indexOf('Wisatawan Rusia –') }

  it('prefers a match that starts in the block a link names over an earlier one', () => {
    expect(findTextDirectivePreferring(article, { start: 'Rusia' }, thirdBlock)).toEqual(
      spanOf('Rusia', thirdBlock.start),
    )
  })

  it('falls back to the first match when that block has none', () => {
    expect(findTextDirectivePreferring(article, { start: 'Lavrov' }, thirdBlock)).toEqual(spanOf('Lavrov'))
    expect(findTextDirectivePreferring(article, { start: 'Lavrov' }, null)).toEqual(spanOf('Lavrov'))
  })
})

describe('buildTextDirective finds the passage and nothing before it', () => {
  // Paragraphs 4 and 8 of the seed: the second one's first words also begin a phrase in the first.
  const seedExcerpt = [
    'Foto-foto yang dirilis Kementerian Luar Negeri Rusia menunjukkan kedua pria itu tersenyum.',
    'Perjalanan itu dapat semakin memperkuat aliansi.',
    'Kementerian Luar Negeri Rusia mengunggah di X bahwa Putin mengirimkan “salam hangatnya” kepada Kim, “dan menegaskan kembali komitmennya terhadap semua perjanjian sebelumnya.”',
  ].join('\n')
  const passageIn = (text: string, passage: string, from = 0): TextSpan => {
    const start = text.indexOf(passage, from)
    return { start, end: start + passage.length }
  }

  it('adds start words until the first match is the selected passage', () => {
    const span = passageIn(
      seedExcerpt,
      'Luar Negeri Rusia mengunggah di X bahwa Putin mengirimkan “salam hangatnya” kepada Kim, “dan menegaskan kembali komitmennya',
    )
    const directive = buildTextDirective(seedExcerpt, span)
    expect(directive).toEqual({ start: 'Luar Negeri Rusia mengunggah', end: 'menegaskan kembali komitmennya' })
    expect(findTextDirective(seedExcerpt, directive ?? { start: '' })).toEqual(span)
  })

  it('widens a selection that starts or ends inside a word to the whole words', () => {
    const selected = passageIn(seedExcerpt, 'n Luar Negeri Rusia mengunggah di X bahwa Putin me', 100)
    const directive = buildTextDirective(seedExcerpt, selected)
    const words = passageIn(seedExcerpt, 'Kementerian Luar Negeri Rusia mengunggah di X bahwa Putin mengirimkan', 100)
    expect(findTextDirective(seedExcerpt, directive ?? { start: '' })).toEqual(words)
  })

  it('does not match the headline above the article first', () => {
    const page = [
      'Kim dukung semua tindakan Rusia di Ukraina',
      'Kim mendukung semua tindakan Rusia selama perang.',
    ].join('\n')
    const span = passageIn(page, 'tindakan Rusia', page.indexOf('\n'))
    const directive = buildTextDirective(page, span)
    expect(findTextDirective(page, directive ?? { start: '' })).toEqual(span)
  })

  it('names every selection of whole words in a repetitive text exactly', () => {
    const text = [
      'Rusia dan Korea Utara. Rusia dan Korea.',
      'Korea Utara dan Rusia bertemu lagi di Rusia.',
      'Rusia dan Korea Utara bertemu. Rusia dan Korea Utara bertemu lagi.',
    ].join('\n')
    const words = [...text.matchAll(/\S+/g)].map(({ index, 0: word }) => ({ start: index, end: index + word.length }))
    for (const [i, first] of words.entries()) {
      for (const last of words.slice(i)) {
        const span = { start: first.start, end: last.end }
        const directive = buildTextDirective(text, span)
        expect(findTextDirective(text, directive ?? { start: '' }), JSON.stringify(directive)).toEqual(span)
      }
    }
  })
})
