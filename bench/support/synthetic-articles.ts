import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { repoRoot } from './build-site.ts'
import { seededRandom } from './stats.ts'

/**
 * Deterministic made-up articles in both content formats, for builds at catalogue sizes the repository does not
 * have: 400–1,500 words, Indonesian and English, dated and undated, some with non-ASCII text, subheadings, quotes
 * and lists. The same seed number always gives the same folder.
 */

const indonesian =
  'pemerintah kota warga pasar harga beras jalan baru sekolah anak guru rumah sakit dokter laporan menurut kata ' +
  'presiden menteri rapat hari ini kemarin pekan depan tahun lalu banyak sedikit besar kecil dengan untuk dari ' +
  'dalam akan telah sudah belum masih juga tetapi karena sehingga bahwa mereka kami kita desa pulau laut hujan ' +
  'banjir panen petani nelayan kapal bandara kereta listrik air bersih harga naik turun rencana anggaran daerah'
const english =
  'the council city residents market price rice road new school children teacher hospital doctor report said ' +
  'president minister meeting today yesterday next week last year many few large small with for from into will ' +
  'has already still also but because so that they we village island sea rain flood harvest farmers fishermen ' +
  'ship airport train power clean water rising falling plan budget region people study data shows'
const nonAscii = [
  'café',
  'naïve',
  'Zürich',
  'São Paulo',
  'Łódź',
  'Đà Nẵng',
  'Malmö',
  'señora',
  '東京',
  'Αθήνα',
  '“kutipan”',
  '—',
  '…',
  '½',
  '€12',
]

type Language = 'id' | 'en'

export type SyntheticOptions = {
  count: number
  seed?: number
  /** Share of articles with non-ASCII words sprinkled in (default 0.25). */
  nonAsciiShare?: number
}

function writer(seed: number, nonAsciiShare: number) {
  const next = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1))
  const vocabulary = { id: indonesian.split(' '), en: english.split(' ') }

  const sentence = (lang: Language, accents: boolean) => {
    const words = Array.from({ length: between(8, 20) }, () =>
      accents && next() < 0.06 ? pick(nonAscii) : pick(vocabulary[lang]),
    )
    const text = words.join(' ')
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${pick(['.', '.', '.', '?', '!'])}`
  }
  const paragraph = (lang: Language, accents: boolean, words: { left: number }) => {
    const sentences: string[] = []
    for (let count = between(3, 6); count > 0 && words.left > 0; count--) {
      const text = sentence(lang, accents)
      sentences.push(text)
      words.left -= text.split(' ').length
    }
    return sentences.join(' ')
  }
  const subheading = (lang: Language) => {
    const words = Array.from({ length: between(2, 4) }, () => pick(vocabulary[lang])).join(' ')
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}`
  }
  const title = (lang: Language, accents: boolean) => sentence(lang, accents).replace(/[.?!]$/, '')
  const date = () =>
    next() < 0.7
      ? `${between(2015, 2025)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`
      : null

  /** A `.txt` file in the scraped-blog format: headline line, blank-line paragraphs, lone short subheadings. */
  const scraped = (wordCount: number) => {
    const lang: Language = next() < 0.7 ? 'id' : 'en'
    const accents = next() < nonAsciiShare
    const dated = date()
    const words = { left: wordCount }
    const lines: string[] = []
    if (dated || lang !== 'id') lines.push('---', ...(dated ? [`date: ${dated}`] : []), `lang: ${lang}`, '---')
    lines.push(title(lang, accents), '', '')
    while (words.left > 0) {
      if (lines.length > 8 && next() < 0.12) lines.push(subheading(lang), '', '')
      lines.push(paragraph(lang, accents, words), '', '')
    }
    // Blog chrome the parser drops, as the scraped seed has.
    lines.push('Post a Comment', '', 'Previous Post Next Post', '')
    return lines.join('\n')
  }

  /** A `.md` file: front matter with a title, paragraphs, `##` subheadings, quotes, lists, emphasis and links. */
  const markdown = (wordCount: number) => {
    const lang: Language = next() < 0.5 ? 'id' : 'en'
    const accents = next() < nonAsciiShare
    const dated = date()
    const words = { left: wordCount }
    const front = [
      '---',
      `title: ${JSON.stringify(title(lang, accents))}`,
      ...(dated ? [`date: ${dated}`] : []),
      `lang: ${lang}`,
      `tags: [${pick(['politik', 'ekonomi', 'kota', 'sains'])}]`,
      ...(next() < 0.3 ? [`author: ${pick(['Redaksi', 'Siti Rahma', 'Budi Santoso', 'José Müller'])}`] : []),
      '---',
      '',
    ]
    const body: string[] = []
    while (words.left > 0) {
      const roll = next()
      if (body.length > 2 && roll < 0.1) body.push(`## ${subheading(lang)}`)
      else if (roll < 0.15) body.push(`> ${paragraph(lang, accents, words)}`)
      else if (roll < 0.2)
        body.push(Array.from({ length: between(2, 5) }, () => `- ${sentence(lang, accents)}`).join('\n'))
      else {
        const text = paragraph(lang, accents, words)
        body.push(next() < 0.3 ? text.replace(/^(\S+) (\S+)/, '*$1* [$2](https://example.org/)') : text)
      }
    }
    return `${front.join('\n')}${body.join('\n\n')}\n`
  }

  return { between, next, scraped, markdown }
}

/** The three real articles (the seed and its neighbours), copied in so a synthetic catalogue still has the seed. */
export const realArticles = [
  'kim-jong-un-dukung-rusia-di-ukraina.txt',
  'membaca-dengan-tautan.md',
  'tentang-warta.md',
] as const

/** Writes `count` synthetic articles (plus the real three) into `folder`; returns how many words were written. */
export async function writeSyntheticArticles(folder: string, options: SyntheticOptions): Promise<{ words: number }> {
  await mkdir(folder, { recursive: true })
  for (const file of realArticles) {
    await copyFile(path.join(repoRoot, 'content/articles', file), path.join(folder, file))
  }
  const write = writer(options.seed ?? 1, options.nonAsciiShare ?? 0.25)
  let words = 0
  const width = String(options.count).length
  for (let index = 1; index <= options.count; index++) {
    const wordCount = write.between(400, 1500)
    words += wordCount
    const slug = `synthetic-${String(index).padStart(width, '0')}`
    const markdown = write.next() < 0.5
    await writeFile(
      path.join(folder, `${slug}.${markdown ? 'md' : 'txt'}`),
      markdown ? write.markdown(wordCount) : write.scraped(wordCount),
    )
  }
  return { words }
}

/** One very long article (`words` words) in Markdown, for the reading-position scroll test. */
export function longArticle(words: number, seed = 7): string {
  const write = writer(seed, 0.1)
  return write.markdown(words).replace(/^title: .*$/m, `title: "A ${words.toLocaleString('en')}-word article"`)
}
