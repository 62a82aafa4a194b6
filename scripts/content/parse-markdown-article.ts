import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type { Block, Inline } from '../../src/articles/article-schema.ts'
import { plainTextOf } from './article-text.ts'
import type { ContentIssue } from './content-error.ts'
import { ContentError } from './content-error.ts'
import { splitFrontMatter } from './front-matter.ts'
import type { ParsedArticle } from './parsed-article.ts'
import { isSafeImageSrc, isSafeLinkHref, safeImageRule, safeLinkRule } from './safe-href.ts'

/**
 * CommonMark, without extensions. markdown-it rather than the unified/micromark stack: it parses the same CommonMark
 * ~12× faster (0.25 against 2.9 ms for a synthetic article), which was most of the content build's time with 10,000
 * articles. Raw HTML is recognised (`html: true`) only so that it can be kept as the literal text the author typed.
 * Links are taken exactly as written: markdown-it would otherwise percent-encode them and quietly turn a
 * `javascript:` link into plain text, where the build should name the file and line (safe-href.ts decides).
 */
const markdown = new MarkdownIt('commonmark', { html: true })
markdown.validateLink = () => true
markdown.normalizeLink = (url) => url
markdown.normalizeLinkText = (text) => text

/** A block token with what sits between its opening and closing tokens; a leaf token (inline, fence, hr…) has none. */
interface BlockNode {
  token: Token
  children: BlockNode[]
}

/** markdown-it's tokens are a flat stream of `x_open` … `x_close`; nested, they read like the document. */
function blockTree(tokens: readonly Token[]): BlockNode[] {
  const root: BlockNode[] = []
  const open: BlockNode[][] = [root]
  for (const token of tokens) {
    const siblings = open.at(-1) ?? root
    if (token.nesting === -1) {
      open.pop()
      continue
    }
    const node: BlockNode = { token, children: [] }
    siblings.push(node)
    if (token.nesting === 1) open.push(node.children)
  }
  return root
}

/** Joins neighbouring text runs (raw HTML kept as text sits next to ordinary text) so the data stays tidy. */
function mergeText(inlines: Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const inline of inlines) {
    const last = merged.at(-1)
    if (inline.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = { type: 'text', text: last.text + inline.text }
    else merged.push(inline)
  }
  return merged
}

/** Keeps a multi-line literal (a code block, raw HTML) line by line, as the .txt parser keeps lines. */
function linesOf(value: string, type: 'text' | 'code'): Inline[] {
  return value
    .replace(/\n$/, '') // the block's own closing newline, not blank lines inside it
    .split('\n')
    .flatMap((line, index): Inline[] => [...(index > 0 ? [{ type: 'break' } as const] : []), { type, text: line }])
}

/** The words of inline tokens, as a screen reader would read an image's alt text. */
function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) =>
      token.type === 'image' ? textOf(token.children ?? []) : token.type === 'softbreak' ? '\n' : token.content,
    )
    .join('')
}

/**
 * Parses a Markdown article: YAML front matter (with a required `title`) and a CommonMark body mapped onto our
 * block types. Raw HTML is never passed through: it is kept as literal text, so `<script>` shows up as the
 * characters the author typed and cannot run. Every problem is collected with its file line before throwing.
 */
export function parseMarkdownArticle(text: string, fileName: string): ParsedArticle {
  const { frontMatter, bodyLines, bodyStartLine } = splitFrontMatter(text, fileName)
  const { title, ...rest } = frontMatter
  const issues: ContentIssue[] = []
  // `line` counts from 0 within the body, as markdown-it's token maps do.
  const fail = (line: number, reason: string) => issues.push({ file: fileName, line: line + bodyStartLine, reason })
  const lineOf = (node: BlockNode) => node.token.map?.[0] ?? 0
  if (title === undefined) {
    issues.push({ file: fileName, line: 1, reason: 'a .md article needs a "title" in its front matter' })
  }

  const tree = blockTree(markdown.parse(bodyLines.join('\n'), {}))

  /** An inline token's children (a paragraph's, a heading's) as our inlines; `line` is where the first one sits. */
  const inlinesOf = (tokens: readonly Token[], firstLine: number): Inline[] => {
    let line = firstLine
    // Each run of inlines, innermost last: an emphasis or link collects what follows until its closing token.
    const runs: { inlines: Inline[]; close: (children: Inline[]) => Inline[] }[] = [
      { inlines: [], close: (children) => children },
    ]
    const push = (...inlines: Inline[]) => runs.at(-1)?.inlines.push(...inlines)
    for (const token of tokens) {
      switch (token.type) {
        case 'text':
        case 'html_inline':
          // markdown-it leaves empty text tokens where emphasis delimiters were.
          if (token.content !== '') push({ type: 'text', text: token.content })
          break
        case 'softbreak':
          // A soft line break inside a Markdown paragraph means a space; the words themselves are untouched.
          push({ type: 'text', text: ' ' })
          line++
          break
        case 'hardbreak':
          push({ type: 'break' })
          line++
          break
        case 'code_inline':
          push({ type: 'code', text: token.content })
          break
        case 'em_open':
        case 'strong_open': {
          const type = token.type === 'em_open' ? 'emphasis' : 'strong'
          runs.push({ inlines: [], close: (children) => [{ type, children: mergeText(children) }] })
          break
        }
        case 'link_open': {
          const href = token.attrGet('href') ?? ''
          if (!isSafeLinkHref(href)) fail(line, `unsafe link "${href}": ${safeLinkRule}`)
          runs.push({ inlines: [], close: (children) => [{ type: 'link', href, children: mergeText(children) }] })
          break
        }
        case 'em_close':
        case 'strong_close':
        case 'link_close': {
          const run = runs.pop()
          if (run) push(...run.close(run.inlines))
          break
        }
        case 'image':
          fail(line, 'an image must stand alone in its own paragraph')
          break
        default:
          fail(line, `unsupported Markdown (${token.type})`)
      }
    }
    return mergeText(runs[0]?.inlines ?? [])
  }

  /** The inline tokens of a paragraph or heading node: the children of the one `inline` token markdown-it puts in it. */
  const inlineTokensOf = (node: BlockNode): Token[] =>
    node.children.find((child) => child.token.type === 'inline')?.token.children ?? []

  /** The inline content of a paragraph or heading node. */
  const contentOf = (node: BlockNode): Inline[] => inlinesOf(inlineTokensOf(node), lineOf(node))

  const imageOf = (node: BlockNode): Block | undefined => {
    const visible = inlineTokensOf(node).filter((token) => !(token.type === 'text' && token.content.trim() === ''))
    const image = visible.length === 1 ? visible[0] : undefined
    if (image?.type !== 'image') return undefined
    const src = image.attrGet('src') ?? ''
    const title = image.attrGet('title')
    const alt = textOf(image.children ?? [])
    if (!isSafeImageSrc(src)) fail(lineOf(node), `unsafe image source "${src}": ${safeImageRule}`)
    if (alt.trim() === '') fail(lineOf(node), 'an image needs alt text describing it: ![what it shows](src)')
    return { type: 'image', src, alt, ...(title ? { title } : {}) }
  }

  /** Lists and quotes hold only inline content in our data, so nested blocks are flattened, lines kept apart. */
  const flatten = (node: BlockNode): Inline[] => {
    switch (node.token.type) {
      case 'paragraph_open':
      case 'heading_open':
        return contentOf(node)
      case 'fence':
      case 'code_block':
        return linesOf(node.token.content, 'code')
      case 'html_block':
        return linesOf(node.token.content, 'text')
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'list_item_open':
      case 'blockquote_open':
        return node.children
          .map(flatten)
          .filter((inlines) => inlines.length > 0)
          .flatMap((inlines, index): Inline[] => (index > 0 ? [{ type: 'break' }, ...inlines] : inlines))
      default:
        return []
    }
  }

  const blockOf = (node: BlockNode): Block[] => {
    const { token } = node
    switch (token.type) {
      case 'paragraph_open':
        return [imageOf(node) ?? { type: 'paragraph', content: contentOf(node) }]
      case 'heading_open': {
        const depth = Number(token.tag.slice(1))
        const text = plainTextOf(contentOf(node)).trim()
        if (depth !== 2 && depth !== 3) {
          fail(
            lineOf(node),
            `use "##" or "###" for subheadings (found level ${depth}); the title comes from front matter`,
          )
          return []
        }
        if (text === '') fail(lineOf(node), 'empty subheading')
        return [{ type: 'heading', level: depth, text }]
      }
      case 'blockquote_open': {
        const paragraphs = node.children.map(flatten).filter((inlines) => inlines.length > 0)
        if (paragraphs.length === 0) fail(lineOf(node), 'empty quote')
        return [{ type: 'quote', paragraphs }]
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open'
        const start = Number(token.attrGet('start') ?? 1)
        return [
          { type: 'list', ordered, ...(ordered && start !== 1 ? { start } : {}), items: node.children.map(flatten) },
        ]
      }
      case 'fence':
      case 'code_block':
        return [{ type: 'paragraph', content: linesOf(token.content, 'code') }]
      case 'html_block':
        return [{ type: 'paragraph', content: linesOf(token.content, 'text') }]
      case 'hr':
        return []
      default:
        fail(lineOf(node), `unsupported Markdown (${token.type})`)
        return []
    }
  }

  const blocks = tree.flatMap(blockOf)
  if (issues.length > 0 || title === undefined) throw new ContentError(issues)
  return { title, frontMatter: rest, blocks }
}
