import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Block, Inline } from '../../src/articles/article-schema.ts'
import { plainTextOf } from './article-text.ts'
import type { ContentIssue } from './content-error.ts'
import { ContentError } from './content-error.ts'
import { splitFrontMatter } from './front-matter.ts'
import type { ParsedArticle } from './parsed-article.ts'
import { isSafeImageSrc, isSafeLinkHref, safeImageRule, safeLinkRule } from './safe-href.ts'

type Definitions = Map<string, { url: string; title?: string | null }>

/** Link reference definitions (`[x]: https://…`) may sit anywhere, even inside a quote; gather them first. */
function definitionsIn(node: Nodes, found: Definitions = new Map()): Definitions {
  if (node.type === 'definition') found.set(node.identifier, { url: node.url, title: node.title })
  if ('children' in node) for (const child of node.children) definitionsIn(child, found)
  return found
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
    .split('\n')
    .flatMap((line, index): Inline[] => [...(index > 0 ? [{ type: 'break' } as const] : []), { type, text: line }])
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
  const fail = (node: Nodes, reason: string) =>
    issues.push({ file: fileName, line: (node.position?.start.line ?? 1) + bodyStartLine - 1, reason })
  if (title === undefined) {
    issues.push({ file: fileName, line: 1, reason: 'a .md article needs a "title" in its front matter' })
  }

  const tree: Root = fromMarkdown(bodyLines.join('\n'))
  const definitions = definitionsIn(tree)

  const link = (node: Nodes, url: string, children: PhrasingContent[]): Inline[] => {
    if (!isSafeLinkHref(url)) fail(node, `unsafe link "${url}": ${safeLinkRule}`)
    return [{ type: 'link', href: url, children: inlinesOf(children) }]
  }

  const inlineOf = (node: PhrasingContent): Inline[] => {
    switch (node.type) {
      case 'text':
        // A soft line break inside a Markdown paragraph means a space; the words themselves are untouched.
        return [{ type: 'text', text: node.value.replace(/\n/g, ' ') }]
      case 'emphasis':
      case 'strong':
        return [{ type: node.type, children: inlinesOf(node.children) }]
      case 'inlineCode':
        return [{ type: 'code', text: node.value }]
      case 'break':
        return [{ type: 'break' }]
      case 'html':
        return [{ type: 'text', text: node.value }]
      case 'link':
        return link(node, node.url, node.children)
      case 'linkReference': {
        const definition = definitions.get(node.identifier)
        return definition ? link(node, definition.url, node.children) : inlinesOf(node.children)
      }
      case 'image':
      case 'imageReference':
        fail(node, 'an image must stand alone in its own paragraph')
        return []
      default:
        fail(node, `unsupported Markdown (${node.type})`)
        return []
    }
  }
  const inlinesOf = (nodes: PhrasingContent[]): Inline[] => mergeText(nodes.flatMap(inlineOf))

  const imageOf = (node: PhrasingContent): Block | undefined => {
    if (node.type !== 'image' && node.type !== 'imageReference') return undefined
    const reference = node.type === 'imageReference' ? definitions.get(node.identifier) : undefined
    const src = node.type === 'image' ? node.url : (reference?.url ?? '')
    const title = node.type === 'image' ? node.title : reference?.title
    const alt = node.alt ?? ''
    if (!isSafeImageSrc(src)) fail(node, `unsafe image source "${src}": ${safeImageRule}`)
    if (alt.trim() === '') fail(node, 'an image needs alt text describing it: ![what it shows](src)')
    return { type: 'image', src, alt, ...(title ? { title } : {}) }
  }

  /** Lists and quotes hold only inline content in our data, so nested blocks are flattened, lines kept apart. */
  const flatten = (node: RootContent): Inline[] => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return inlinesOf(node.children)
      case 'code':
        return linesOf(node.value, 'code')
      case 'html':
        return linesOf(node.value, 'text')
      case 'list':
      case 'listItem':
      case 'blockquote':
        return (node.children as RootContent[])
          .map(flatten)
          .filter((inlines) => inlines.length > 0)
          .flatMap((inlines, index): Inline[] => (index > 0 ? [{ type: 'break' }, ...inlines] : inlines))
      default:
        return []
    }
  }

  const blockOf = (node: RootContent): Block[] => {
    switch (node.type) {
      case 'paragraph': {
        const visible = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
        const image = visible.length === 1 && visible[0] ? imageOf(visible[0]) : undefined
        return [image ?? { type: 'paragraph', content: inlinesOf(node.children) }]
      }
      case 'heading': {
        const text = plainTextOf(inlinesOf(node.children)).trim()
        if (node.depth !== 2 && node.depth !== 3) {
          fail(node, `use "##" or "###" for subheadings (found level ${node.depth}); the title comes from front matter`)
          return []
        }
        if (text === '') fail(node, 'empty subheading')
        return [{ type: 'heading', level: node.depth, text }]
      }
      case 'blockquote': {
        const paragraphs = node.children.map(flatten).filter((inlines) => inlines.length > 0)
        if (paragraphs.length === 0) fail(node, 'empty quote')
        return [{ type: 'quote', paragraphs }]
      }
      case 'list':
        return [
          {
            type: 'list',
            ordered: node.ordered === true,
            ...(node.ordered === true && typeof node.start === 'number' && node.start !== 1
              ? { start: node.start }
              : {}),
            items: node.children.map(flatten),
          },
        ]
      case 'code':
        return [{ type: 'paragraph', content: linesOf(node.value, 'code') }]
      case 'html':
        return [{ type: 'paragraph', content: linesOf(node.value, 'text') }]
      case 'definition':
      case 'thematicBreak':
        return []
      default:
        fail(node, `unsupported Markdown (${node.type})`)
        return []
    }
  }

  const blocks = tree.children.flatMap(blockOf)
  if (issues.length > 0 || title === undefined) throw new ContentError(issues)
  return { title, frontMatter: rest, blocks }
}
