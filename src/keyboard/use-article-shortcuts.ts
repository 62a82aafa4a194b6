import { useRef } from 'react'
import { useNavigate } from 'react-router'
import { jumpScrollBehavior } from '../accessibility/motion.ts'
import type { Neighbour } from '../articles/article-schema.ts'
import { COMMENTS_SECTION_ID } from '../comments/comment-permalink.ts'
import { paths } from '../paths.ts'
import { currentBlock, goToBlock } from '../reading/block-position.ts'
import { stepBlock } from './key-map.ts'
import { useShortcuts } from './use-shortcuts.ts'

/** `j`/`k` between body blocks, `n`/`p`/`→`/`←` to the neighbours, `c` to "Post a Comment". */
export function useArticleShortcuts({
  slug,
  previous,
  next,
}: {
  slug: string
  previous: Neighbour | null
  next: Neighbour | null
}) {
  const navigate = useNavigate()
  // The router moves the address to the next article a moment before that article renders; a key pressed in between
  // must not act on this page's neighbours (two quick `n`s would otherwise both go to the same place).
  const whileShown = (action: () => void) => () => {
    if (window.location.pathname === paths.article.href(slug)) action()
  }
  // The block the last j/k went to and where the page then stood. Near the end of an article a block cannot reach the
  // top, so the page alone cannot tell which block the reader stepped to; while the page has not moved since, trust it.
  const lastStep = useRef<{ block: number; scrollY: number } | null>(null)

  const step = (direction: 'next' | 'previous') => {
    const onScreen = currentBlock()
    const remembered = lastStep.current
    const from =
      remembered && Math.abs(remembered.scrollY - window.scrollY) < 2
        ? { block: remembered.block, aligned: true, blockCount: onScreen.blockCount }
        : onScreen
    const block = stepBlock(from, direction)
    goToBlock(block)
    lastStep.current = { block, scrollY: window.scrollY }
  }

  useShortcuts({
    next: () => step('next'),
    previous: () => step('previous'),
    'next-post': next ? whileShown(() => navigate(paths.article.href(next.slug))) : undefined,
    'previous-post': previous ? whileShown(() => navigate(paths.article.href(previous.slug))) : undefined,
    comments: focusComments,
  })
}

/** Brings "Post a Comment" to the top and puts focus on its heading, so Tab continues into the form. */
function focusComments() {
  const section = document.getElementById(COMMENTS_SECTION_ID)
  if (!section) return
  section.scrollIntoView({ block: 'start', behavior: jumpScrollBehavior() })
  const heading = section.querySelector<HTMLElement>('h2')
  const target = heading ?? section
  // The comments module owns that markup; make its heading focusable by script only, without adding a tab stop.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: true })
}
