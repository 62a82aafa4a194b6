import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../paths.ts'
import { stepSelection } from './key-map.ts'
import { listHref } from './list-selection.ts'
import { useShortcuts } from './use-shortcuts.ts'

/**
 * `j`/`k` move the selection on the home list and `Enter` opens it. The selection is written into the URL in place
 * (replace, no scroll reset), so it costs no history entry and Back from the article comes back to it.
 */
export function useListShortcuts({
  page,
  slugs,
  selected,
}: {
  page: number
  slugs: string[]
  selected: string | null
}) {
  const navigate = useNavigate()
  // The URL changes only once the router has run the list's loader, after the key press; a fast j-j-k must count from
  // the selection already asked for, not from the one still on screen.
  const requested = useRef<string | null>(null)
  useEffect(() => {
    if (requested.current === selected) requested.current = null
  }, [selected])
  const current = () => requested.current ?? selected

  const select = (direction: 'next' | 'previous') => {
    const slug = stepSelection(slugs, current(), direction)
    if (slug === null) return
    requested.current = slug
    // Not a new page (see pageIdentity): the scroll position stays where the reader has it.
    void navigate(listHref(page, slug), { replace: true })
    document.getElementById(listItemId(slug))?.scrollIntoView({ block: 'nearest' })
  }
  const open = () => {
    const slug = current()
    if (slug !== null) void navigate(paths.article.href(slug))
  }
  useShortcuts({
    next: () => select('next'),
    previous: () => select('previous'),
    open,
  })
}

export const listItemId = (slug: string) => `list-item-${slug}`
