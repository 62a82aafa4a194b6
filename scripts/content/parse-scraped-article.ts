import type { Block, Inline } from '../../src/articles/article-schema.ts'
import { ContentError } from './content-error.ts'
import { splitFrontMatter } from './front-matter.ts'
import type { ParsedArticle } from './parsed-article.ts'

/**
 * Scraped pages pad paragraphs with lines that only look empty: no-break spaces, figure spaces, ideographic spaces,
 * zero-width characters. `\s` covers the Unicode spaces (U+00A0, U+2007, U+202F, U+3000, U+FEFF…); the zero-width
 * ones are not whitespace to JavaScript, so they are listed.
 */
const edgeSpace = /^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/g

/** The blog theme's navigation, copied along with the text. Compared lower-cased with whitespace collapsed. */
const themeChrome = new Set([
  'post a comment',
  'previous post next post',
  'newer post older post',
  'next post previous post',
])

/** A subheading is short and does not end like a sentence (optionally followed by closing quotes or brackets). */
const maxHeadingLength = 80
const sentenceEnd = /[.!?…:;,]["'”’»)\]]*$/

interface Line {
  text: string
  number: number
}

function isThemeChrome(text: string): boolean {
  return themeChrome.has(text.replace(/[\s\u200B-\u200D\u2060]+/g, ' ').toLowerCase())
}

/** Groups non-blank lines into chunks separated by one or more blank lines. */
function chunksOf(lines: Line[]): Line[][] {
  const chunks: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) chunks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

function paragraphOf(chunk: Line[]): Block {
  const content: Inline[] = []
  for (const [index, line] of chunk.entries()) {
    if (index > 0) content.push({ type: 'break' })
    content.push({ type: 'text', text: line.text })
  }
  return { type: 'paragraph', content }
}

/**
 * Parses the seed's scraped-text format: headline on the first non-blank line, paragraphs between blank lines,
 * short lone lines as subheadings, trailing blog chrome dropped. Only line ends are trimmed: the words, quotes,
 * dashes and spacing inside a line are kept exactly as written.
 *
 * `title` in the front matter is refused: the headline is the first line, and two places to write it would let
 * them disagree silently.
 */
export function parseScrapedArticle(text: string, fileName: string): ParsedArticle {
  const { frontMatter, keyLines, bodyLines, bodyStartLine } = splitFrontMatter(text, fileName)
  const { title: _title, ...rest } = frontMatter
  const titleLine = keyLines.get('title')
  if (titleLine !== undefined) {
    throw new ContentError([
      {
        file: fileName,
        line: titleLine,
        reason: 'a .txt article takes its headline from its first line; remove "title" from the front matter',
      },
    ])
  }

  const lines = bodyLines.map((line, index) => ({ text: line.replace(edgeSpace, ''), number: bodyStartLine + index }))
  // Drop the theme's leftovers from the end only: the same words inside the article are content.
  let end = lines.length
  while (end > 0) {
    const last = lines[end - 1]
    if (last === undefined || (last.text !== '' && !isThemeChrome(last.text))) break
    end--
  }

  const chunks = chunksOf(lines.slice(0, end))
  const first = chunks[0]?.shift()
  if (first === undefined) {
    throw new ContentError([{ file: fileName, line: bodyStartLine, reason: 'no headline: the article has no text' }])
  }
  if (chunks[0]?.length === 0) chunks.shift()

  // "Between paragraphs": a short line right after the headline is more likely a byline or dateline, and one at the
  // end heads nothing, so both stay paragraphs.
  const blocks: Block[] = []
  for (const [index, chunk] of chunks.entries()) {
    const [only] = chunk
    const isHeading =
      chunk.length === 1 &&
      only !== undefined &&
      blocks.at(-1)?.type === 'paragraph' &&
      index < chunks.length - 1 &&
      only.text.length < maxHeadingLength &&
      !sentenceEnd.test(only.text)
    blocks.push(isHeading ? { type: 'heading', level: 2, text: only.text } : paragraphOf(chunk))
  }
  return { title: first.text, frontMatter: rest, blocks }
}
