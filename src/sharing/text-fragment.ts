/**
 * Text fragments (`#:~:text=[prefix-,]start[,end][,-suffix]`): links that point at a passage rather than a paragraph.
 * Pure functions over the page's text, so they are tested without a browser. The text is its blocks' texts joined with
 * "\n", which a passage may cross but no term of a directive may.
 *
 * Matching follows the Text Fragments spec, because the browser's own handling of a shared link is what most readers
 * see: the browser searches the whole page from the top, takes the first `start` (right after `prefix`, if any) that
 * begins and ends on word boundaries, then the first `end` after it, and compares case-insensitively. A link is only
 * right if the first match in the page is the passage it was made for; the app's own matcher uses the same rules.
 */

export interface TextDirective {
  prefix?: string
  start: string
  end?: string
  suffix?: string
}

/** A passage as offsets into the text: [start, end). */
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

/**
 * The passage the directive names: its first match at or after `from`, by the spec's rules (see the top of this file),
 * or null.
 */
export function findTextDirective(text: string, directive: TextDirective, from = 0): TextSpan | null {
  const { prefix, start, end, suffix } = directive
  // A start followed directly by a suffix may end mid-word; otherwise it ends on a word boundary.
  const startEndsWord = end !== undefined || suffix === undefined
  let searchFrom = from
  while (searchFrom < text.length) {
    let match: TextSpan | null
    if (prefix !== undefined) {
      const prefixMatch = findTerm(text, prefix, searchFrom, { startsWord: true, endsWord: false })
      if (!prefixMatch) return null
      searchFrom = prefixMatch.start + 1
      const startAt = skipWhitespace(text, prefixMatch.end)
      match = findTerm(text, start, startAt, { startsWord: false, endsWord: startEndsWord })
      if (!match) return null
      if (match.start !== startAt) continue
    } else {
      match = findTerm(text, start, searchFrom, { startsWord: true, endsWord: startEndsWord })
      if (!match) return null
      searchFrom = match.start + 1
    }
    // With a suffix, each later `end` is tried until one is followed by the suffix.
    let endFrom = match.end
    do {
      if (end !== undefined) {
        const endMatch = findTerm(text, end, endFrom, { startsWord: true, endsWord: suffix === undefined })
        if (!endMatch) return null
        match = { start: match.start, end: endMatch.end }
      }
      if (suffix === undefined) return match
      const suffixAt = skipWhitespace(text, match.end)
      const suffixMatch = findTerm(text, suffix, suffixAt, { startsWord: false, endsWord: true })
      if (!suffixMatch) return null
      if (suffixMatch.start === suffixAt) return match
      endFrom = match.end
    } while (end !== undefined && endFrom < text.length)
  }
  return null
}

/**
 * The passage the directive names, where a match starting inside `preferred` (the block a link's `#p-N` names, where
 * it was made) wins over an earlier one: links made before directives were unique, or text since repeated above the
 * passage, still open where they were made. Without such a match, the first one in the text, as the browser finds.
 */
export function findTextDirectivePreferring(
  text: string,
  directive: TextDirective,
  preferred: TextSpan | null,
): TextSpan | null {
  if (preferred) {
    const match = findTextDirective(text, directive, preferred.start)
    if (match && match.start < preferred.end) return match
  }
  return findTextDirective(text, directive)
}

/**
 * The shortest directive whose first match in `text` is exactly this passage (widened to whole words, as only whole
 * words can be matched): the passage itself when short; else its first and last words, as many as it takes. Words of
 * context before (and if needed after) are added when shorter. `text` must hold everything the browser searches before
 * the passage, not only the article. When nothing short enough is unique, the best guess, which the link's `#p-N` backs
 * up.
 */
export function buildTextDirective(text: string, span: TextSpan): TextDirective | null {
  const passage = widenToWords(text, trimSpan(text, span))
  if (passage.end <= passage.start) return null
  const selected = text.slice(passage.start, passage.end)
  const lines = selected.split('\n')
  const firstLine = lines[0]?.trimEnd() ?? ''
  const lastLine = lines.at(-1)?.trimStart() ?? ''
  const wordCount = wordsIn(selected)
  const prefixes = contextWords(blockText(text, 0, passage.start, 'before'), trailingWords)
  const suffixes = contextWords(blockText(text, passage.end, text.length, 'after'), leadingWords)
  const names = (directive: TextDirective) => {
    const match = findTextDirective(text, directive)
    return match?.start === passage.start && match.end === passage.end
  }

  // Quoting the whole passage works only within one block.
  const quoteWhole = () =>
    lines.length === 1
      ? shortest(
          prefixes.flatMap((prefix) => suffixes.map((suffix) => ({ prefix, start: selected, suffix }))),
          names,
        )
      : null
  if (lines.length === 1 && wordCount <= LONG_PASSAGE_WORDS) return quoteWhole() ?? { start: selected }

  // A long passage is named by its first and last words, each taken from within one block. The start is settled
  // first: the `end` only counts from the first match of the start.
  const startWords = wordsIn(firstLine)
  const startSides = prefixes.flatMap((prefix) =>
    range(Math.min(EDGE_WORDS, startWords), startWords).map((count) => ({
      prefix,
      start: leadingWords(firstLine, count),
    })),
  )
  const startSide = shortest(startSides, (candidate) => findTextDirective(text, candidate)?.start === passage.start)
  const fallback = { start: leadingWords(firstLine, EDGE_WORDS), end: trailingWords(lastLine, EDGE_WORDS) }
  if (!startSide) return quoteWhole() ?? fallback
  if (lines.length === 1 && startSide.start === selected && names(startSide)) return startSide
  // On one line the end words must not overlap the start words.
  const endWords = lines.length === 1 ? wordCount - wordsIn(startSide.start) : wordsIn(lastLine)
  const candidates = suffixes.flatMap((suffix) =>
    range(Math.min(EDGE_WORDS, endWords), endWords).map((count) => ({
      ...startSide,
      end: trailingWords(lastLine, count),
      suffix,
    })),
  )
  return shortest(candidates, names) ?? quoteWhole() ?? fallback
}

/** The candidate with the shortest link that passes. */
function shortest(candidates: TextDirective[], passes: (directive: TextDirective) => boolean): TextDirective | null {
  const bySize = candidates
    .map((candidate) => ({ candidate, size: formatTextDirective(candidate).length }))
    .sort((a, b) => a.size - b.size)
  return bySize.find(({ candidate }) => passes(candidate))?.candidate ?? null
}

/** No context, then 1 to MAX_CONTEXT_WORDS words of it, each option once. */
function contextWords(text: string, take: (text: string, count: number) => string): (string | undefined)[] {
  const options = new Set(range(1, MAX_CONTEXT_WORDS).map((count) => take(text, count)))
  options.delete('')
  return [undefined, ...options]
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index)
}

/** Letters, marks and digits; an apostrophe or full stop between two of them joins them into one word ("U.S"). */
const wordCharacter = /[\p{L}\p{M}\p{N}]/u
const joiner = /['’.:·]/

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && wordCharacter.test(character)
}

function isWordBoundary(text: string, at: number): boolean {
  const before = text[at - 1]
  const after = text[at]
  if (isWordCharacter(before) && isWordCharacter(after)) return false
  if (isWordCharacter(before) && joiner.test(after ?? '') && isWordCharacter(text[at + 1])) return false
  if (joiner.test(before ?? '') && isWordCharacter(after) && isWordCharacter(text[at - 2])) return false
  return true
}

/** The first occurrence of `term` at or after `from`, within one block, that starts and ends as asked. */
function findTerm(
  text: string,
  term: string,
  from: number,
  { startsWord, endsWord }: { startsWord: boolean; endsWord: boolean },
): TextSpan | null {
  const pattern = termPattern(term)
  if (!pattern) return null
  pattern.lastIndex = from
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const span = { start: found.index, end: found.index + found[0].length }
    if ((!startsWord || isWordBoundary(text, span.start)) && (!endsWord || isWordBoundary(text, span.end))) return span
    pattern.lastIndex = found.index + 1
  }
  return null
}

/**
 * A case-insensitive pattern for a term, as browsers compare: any run of spaces matches any other (but not a block
 * break), and curly quotes match straight ones.
 */
function termPattern(term: string): RegExp | null {
  const words = term.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  const source = words
    .map((word) =>
      [...word]
        .map((character) => {
          if (/["“”]/.test(character)) return '["“”]'
          if (/['‘’]/.test(character)) return "['‘’]"
          return character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        })
        .join(''),
    )
    .join('[^\\S\\n]+')
  return new RegExp(source, 'giu')
}

function skipWhitespace(text: string, from: number): number {
  let at = from
  while (at < text.length && /\s/.test(text[at] ?? '')) at++
  return at
}

function trimSpan(text: string, { start, end }: TextSpan): TextSpan {
  let trimmedStart = Math.max(0, start)
  let trimmedEnd = Math.min(text.length, end)
  while (trimmedStart < trimmedEnd && /\s/.test(text[trimmedStart] ?? '')) trimmedStart++
  while (trimmedEnd > trimmedStart && /\s/.test(text[trimmedEnd - 1] ?? '')) trimmedEnd--
  return { start: trimmedStart, end: trimmedEnd }
}

/** A selection that starts or ends inside a word takes in the whole word. */
function widenToWords(text: string, { start, end }: TextSpan): TextSpan {
  if (end <= start) return { start, end }
  let widenedStart = start
  let widenedEnd = end
  while (widenedStart > 0 && !isWordBoundary(text, widenedStart)) widenedStart--
  while (widenedEnd < text.length && !isWordBoundary(text, widenedEnd)) widenedEnd++
  return { start: widenedStart, end: widenedEnd }
}

/** The text between the passage and the edge of its block, on one side. */
function blockText(text: string, from: number, to: number, side: 'before' | 'after'): string {
  const slice = text.slice(from, to)
  return side === 'before' ? slice.slice(slice.lastIndexOf('\n') + 1) : (slice.split('\n')[0] ?? '')
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function leadingWords(text: string, count: number): string {
  const match = new RegExp(`^\\s*((?:\\S+\\s+){0,${count - 1}}\\S+)`).exec(text)
  return match?.[1] ?? ''
}

function trailingWords(text: string, count: number): string {
  const match = new RegExp(`(\\S+(?:\\s+\\S+){0,${count - 1}})\\s*$`).exec(text)
  return match?.[1] ?? ''
}
