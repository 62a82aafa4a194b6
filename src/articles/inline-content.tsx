import type { ReactNode } from 'react'
import type { Inline } from './article-schema.ts'

/**
 * Typed inline content as React nodes; text is always a text node, never parsed as HTML. Plain functions rather than
 * components: an article is hundreds of these, and each component would be a fiber of its own that React walks when
 * it renders the article and again when "Next Post" deletes it (bench/README.md, Next Post).
 */
export function renderInlineContent(content: Inline[]): ReactNode {
  // Most paragraphs are one run of text: no list for React to reconcile.
  if (content.length === 1 && content[0]) return renderInline(content[0], 0)
  return content.map(renderInline)
}

/** One inline node; `key` is its place among its siblings (article content is static and never reordered). */
function renderInline(inline: Inline, key: number): ReactNode {
  switch (inline.type) {
    case 'text':
      return inline.text
    case 'emphasis':
      return <em key={key}>{renderInlineContent(inline.children)}</em>
    case 'strong':
      return <strong key={key}>{renderInlineContent(inline.children)}</strong>
    case 'code':
      return <code key={key}>{inline.text}</code>
    case 'link':
      return (
        <a key={key} href={inline.href} rel={isExternal(inline.href) ? 'noopener noreferrer' : undefined}>
          {renderInlineContent(inline.children)}
        </a>
      )
    case 'break':
      return <br key={key} />
  }
}

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href)
}

/** Plain text of inline content, for titles, excerpts and accessible names. */
export function inlineText(content: Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.text
        case 'break':
          return ' '
        default:
          return inlineText(inline.children)
      }
    })
    .join('')
}
