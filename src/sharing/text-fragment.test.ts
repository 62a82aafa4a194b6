import { describe, expect, it } from 'vitest'
import { buildTextDirective, findTextDirective, formatTextDirective, parseTextDirective } from './text-fragment.ts'

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
    expect(findTextDirective(article, directive ?? { start: '' })).toEqual([second])
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
  it('finds every match honouring prefix, end and suffix', () => {
    expect(findTextDirective(article, { start: 'Rusia' })).toHaveLength(3)
    expect(findTextDirective(article, { start: 'Rusia', suffix: 'akan segera' })).toEqual([
      spanOf('Rusia', article.indexOf('wisatawan')),
    ])
    expect(findTextDirective(article, { start: 'Kim bertemu', end: 'Wonsan.' })).toEqual([
      spanOf('Kim bertemu Menteri Luar Negeri Sergey Lavrov di kota Wonsan.'),
    ])
    expect(findTextDirective(article, { start: 'tidak ada' })).toEqual([])
  })
})
