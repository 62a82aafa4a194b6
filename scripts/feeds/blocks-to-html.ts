import type { Block, Inline } from '../../src/articles/article-schema.ts'
import { isSafeImageSrc, isSafeLinkHref } from '../content/safe-href.ts'
import { escapeMarkup } from './xml-text.ts'

/**
 * Turns a URL written in an article into the one a feed reader should follow. The reader shows the HTML away from
 * the site, so site-relative (`/…`) and fragment (`#p-3`, meaning "in this article") references must be resolved
 * for it; see `contentUrlResolver` in atom-feed.ts.
 */
export type ResolveUrl = (url: string) => string

/**
 * A small HTML serialiser for the typed article blocks, for the feed's `<content type="html">`. It writes the same
 * elements the reader's `ArticleBody` renders, minus the per-block anchors. Text is always escaped, never parsed:
 * `<script>` in an article arrives as the characters `<script>`. The content build already refuses unsafe URLs; the
 * data is checked again here because dist/ is just files, and a link with an unsafe href keeps its text without it.
 */
export function blocksToHtml(blocks: readonly Block[], resolveUrl: ResolveUrl): string {
  return blocks.map((block) => blockToHtml(block, resolveUrl)).join('\n')
}

function blockToHtml(block: Block, resolveUrl: ResolveUrl): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlinesToHtml(block.content, resolveUrl)}</p>`
    case 'heading':
      return `<h${block.level}>${escapeMarkup(block.text)}</h${block.level}>`
    case 'quote':
      return `<blockquote>${block.paragraphs.map((paragraph) => `<p>${inlinesToHtml(paragraph, resolveUrl)}</p>`).join('')}</blockquote>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      return `<${tag}>${block.items.map((item) => `<li>${inlinesToHtml(item, resolveUrl)}</li>`).join('')}</${tag}>`
    }
    case 'image': {
      if (!isSafeImageSrc(block.src)) return ''
      const title = block.title === undefined ? '' : ` title="${escapeMarkup(block.title)}"`
      const caption = block.title === undefined ? '' : `<figcaption>${escapeMarkup(block.title)}</figcaption>`
      const image = `<img src="${escapeMarkup(resolveUrl(block.src))}" alt="${escapeMarkup(block.alt)}"${title}>`
      return `<figure>${image}${caption}</figure>`
    }
  }
}

export function inlinesToHtml(inlines: readonly Inline[], resolveUrl: ResolveUrl): string {
  let html = ''
  for (const inline of inlines) html += inlineToHtml(inline, resolveUrl)
  return html
}

function inlineToHtml(inline: Inline, resolveUrl: ResolveUrl): string {
  switch (inline.type) {
    case 'text':
      return escapeMarkup(inline.text)
    case 'emphasis':
      return `<em>${inlinesToHtml(inline.children, resolveUrl)}</em>`
    case 'strong':
      return `<strong>${inlinesToHtml(inline.children, resolveUrl)}</strong>`
    case 'code':
      return `<code>${escapeMarkup(inline.text)}</code>`
    case 'link': {
      const text = inlinesToHtml(inline.children, resolveUrl)
      return isSafeLinkHref(inline.href) ? `<a href="${escapeMarkup(resolveUrl(inline.href))}">${text}</a>` : text
    }
    case 'break':
      return '<br>'
  }
}
