import type { ReactNode } from 'react'
import { useMessages } from '../i18n/messages.ts'
import { blockAnchorId } from '../paths.ts'
import { useUiLocale } from '../preferences/preferences-store.ts'
import { useIsHydrating } from '../ui/use-is-hydrating.ts'
import type { Block } from './article-schema.ts'
import { firstScreenTiers, foldMark } from './first-screen.ts'
import { renderInlineContent } from './inline-content.tsx'

/**
 * The article's body blocks, each with a stable id `p-N` (1-based) so a URL can point at it, and a small anchor link
 * that shows on hover and keyboard focus.
 *
 * The anchors are left out of the prerendered page and added in the render right after hydration. Their job, copying
 * the paragraph's link, needs the script anyway, and on a throttled phone the seed's thirty cost about 16 ms of main
 * thread work before its first paint (bench/README.md, "First view"). They are invisible until hovered or focused, so
 * nothing moves when they arrive.
 *
 * In the prerendered page, blocks that cannot be on the first screen carry `data-fold` (first-screen.ts), which lets
 * the browser skip laying out their paragraphs for the first paint. The same render drops it: from then on the page is
 * laid out whole, for everything that measures it.
 */
export function ArticleBody({ blocks, highlightedBlock }: { blocks: Block[]; highlightedBlock: number | null }) {
  const t = useMessages()
  const uiLocale = useUiLocale()
  const hydrating = useIsHydrating()
  const withAnchors = !hydrating
  const foldTiers = hydrating ? firstScreenTiers(blocks) : null
  return (
    <div className="article-body">
      {blocks.map((block, index) => {
        const blockNumber = index + 1
        const id = blockAnchorId(blockNumber)
        return (
          <div
            key={id}
            id={id}
            data-block={blockNumber}
            data-fold={foldTiers ? foldMark(foldTiers[index] ?? 0) : undefined}
            data-highlighted={highlightedBlock === blockNumber ? '' : undefined}
            className="reading-block"
          >
            {renderBlock(block)}
            {withAnchors ? (
              <a
                href={`#${id}`}
                className="block-anchor"
                // Its name is the interface's words, inside an article that may be in another language.
                lang={uiLocale}
                aria-label={t.linkToBlock(blockNumber)}
                title={t.linkToBlock(blockNumber)}
              >
                #
              </a>
            ) : null}
          </div>
        )
      })}
    </div>
  )
}

/** A body block's own element; a plain function, like renderInlineContent, so the block adds no fiber of its own. */
function renderBlock(block: Block): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p>{renderInlineContent(block.content)}</p>
    case 'heading':
      return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>
    case 'quote':
      return (
        <blockquote>
          {block.paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: article content is static and never reordered
            <p key={index}>{renderInlineContent(paragraph)}</p>
          ))}
        </blockquote>
      )
    case 'list': {
      const items = block.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: article content is static and never reordered
        <li key={index}>{renderInlineContent(item)}</li>
      ))
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>
    }
    case 'image':
      return (
        <figure>
          <img src={block.src} alt={block.alt} title={block.title} loading="lazy" decoding="async" />
          {block.title ? <figcaption>{block.title}</figcaption> : null}
        </figure>
      )
  }
}
