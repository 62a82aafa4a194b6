/**
 * Text fragments (`#:~:text=[prefix-,]start[,end][,-suffix]`): links that point at a passage rather than a paragraph.
 * Pure functions over the article's text, so they are tested without a browser. The article's text is its blocks'
 * texts joined with "\n", which a passage may cross but a prefix or suffix may not.
 */

export interface TextDirective {
  prefix?: string
  start: string
  end?: string
  suffix?: string
}

/** A passage as offsets into the article text: [start, end). */
export interface TextSpan {
  start: number
  end: number
}

const LONG_PASSAGE_WORDS = 8
const EDGE_WORDS = 3
const MAX_CONTEXT_WORDS = 5

/** Encodes one term: the directive's own delimiters (`-`, `,`, `&`) must never appear literally. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D')
}

export function formatTextDirective({ prefix, start, end, suffix }: TextDirective): string {
  const parts = [
    prefix === undefined ? null : `${encodeTerm(prefix)}-`,
    encodeTerm(start),
    end === undefined ? null : encodeTerm(end),
    suffix === undefined ? null : `-${encodeTerm(suffix)}`,
  ].filter((part) => part !== null)
  return `:~:text=${parts.join(',')}`
}

/** Reads the first text directive of a URL or fragment; null when there is none or it is malformed. */
export function parseTextDirective(urlOrFragment: string): TextDirective | null {
  const marker = urlOrFragment.indexOf(':~:')
  if (marker === -1) return null
  const directive = urlOrFragment
    .slice(marker + 3)
    .split('&')
    .find((part) => part.startsWith('text='))
  if (!directive) return null
  try {
    const terms = directive.slice('text='.length).split(',')
    const prefix = terms[0]?.endsWith('-') ? decodeURIComponent(terms.shift()?.slice(0, -1) ?? '') : undefined
    const suffix = terms.at(-1)?.startsWith('-') ? decodeURIComponent(terms.pop()?.slice(1) ?? '') : undefined
    if (terms.length < 1 || terms.length > 2) return null
    const [start, end] = terms.map((term) => decodeURIComponent(term))
    if (!start) return null
    return { prefix, start, end: end || undefined, suffix }
  } catch {
    return null
  }
}

/** Every place the directive matches in `text`, in order. */
export function findTextDirective(text: string, directive: TextDirective): TextSpan[] {
  const matches: TextSpan[] = []
  for (let from = text.indexOf(directive.start); from !== -1; from = text.indexOf(directive.start, from + 1)) {
    if (directive.prefix !== undefined && !text.slice(0, from).trimEnd().endsWith(directive.prefix)) continue
    let end = from + directive.start.length
    if (directive.end !== undefined) {
      const endAt = text.indexOf(directive.end, end)
      if (endAt === -1) continue
      end = endAt + directive.end.length
    }
    if (directive.suffix !== undefined && !text.slice(end).trimStart().startsWith(directive.suffix)) continue
    matches.push({ start: from, end })
  }
  return matches
}

/**
 * The shortest directive that finds exactly this passage: the passage itself when short, its first and last words
 * when long or spanning blocks, then as many words of context before (and if needed after) as make it unique.
 */
export function buildTextDirective(text: string, span: TextSpan): TextDirective | null {
  const passage = trimSpan(text, span)
  if (passage.end <= passage.start) return null
  const selected = text.slice(passage.start, passage.end)
  const lines = selected.split('\n')
  const isLong = lines.length > 1 || selected.split(/\s+/).length > LONG_PASSAGE_WORDS
  // A long passage is named by its first and last words, each taken from within one block.
  const directive: TextDirective = isLong
    ? { start: leadingWords(lines[0] ?? '', EDGE_WORDS), end: trailingWords(lines.at(-1) ?? '', EDGE_WORDS) }
    : { start: selected }

  const isUnique = (candidate: TextDirective) => {
    const matches = findTextDirective(text, candidate)
    return matches.length === 1 && matches[0]?.start === passage.start
  }
  if (isUnique(directive)) return directive
  const before = blockText(text, 0, passage.start, 'before')
  const after = blockText(text, passage.end, text.length, 'after')
  for (let count = 1; count <= MAX_CONTEXT_WORDS; count++) {
    const prefix = trailingWords(before, count)
    const withPrefix = prefix ? { ...directive, prefix } : directive
    if (prefix && isUnique(withPrefix)) return withPrefix
    const suffix = leadingWords(after, count)
    if (suffix && isUnique({ ...withPrefix, suffix })) return { ...withPrefix, suffix }
  }
  return directive
}

function trimSpan(text: string, { start, end }: TextSpan): TextSpan {
  let trimmedStart = Math.max(0, start)
  let trimmedEnd = Math.min(text.length, end)
  while (trimmedStart < trimmedEnd && /\s/.test(text[trimmedStart] ?? '')) trimmedStart++
  while (trimmedEnd > trimmedStart && /\s/.test(text[trimmedEnd - 1] ?? '')) trimmedEnd--
  return { start: trimmedStart, end: trimmedEnd }
}

/** The text between the passage and the edge of its block, on one side. */
function blockText(text: string, from: number, to: number, side: 'before' | 'after'): string {
  const slice = text.slice(from, to)
  return side === 'before' ? slice.slice(slice.lastIndexOf('\n') + 1) : (slice.split('\n')[0] ?? '')
}

function leadingWords(text: string, count: number): string {
  const match = new RegExp(`^\\s*((?:\\S+\\s+){0,${count - 1}}\\S+)`).exec(text)
  return match?.[1] ?? ''
}

function trailingWords(text: string, count: number): string {
  const match = new RegExp(`(\\S+(?:\\s+\\S+){0,${count - 1}})\\s*$`).exec(text)
  return match?.[1] ?? ''
}
