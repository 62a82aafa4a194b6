import type { Inline } from './article-schema.ts'

/** Renders typed inline content as React elements; text is always a text node, never parsed as HTML. */
export function InlineContent({ content }: { content: Inline[] }) {
  // biome-ignore lint/suspicious/noArrayIndexKey: article content is static and never reordered
  return content.map((inline, index) => <InlineNode key={index} inline={inline} />)
}

function InlineNode({ inline }: { inline: Inline }) {
  switch (inline.type) {
    case 'text':
      return inline.text
    case 'emphasis':
      return (
        <em>
          <InlineContent content={inline.children} />
        </em>
      )
    case 'strong':
      return (
        <strong>
          <InlineContent content={inline.children} />
        </strong>
      )
    case 'code':
      return <code>{inline.text}</code>
    case 'link':
      return (
        <a href={inline.href} rel={isExternal(inline.href) ? 'noopener noreferrer' : undefined}>
          <InlineContent content={inline.children} />
        </a>
      )
    case 'break':
      return <br />
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
