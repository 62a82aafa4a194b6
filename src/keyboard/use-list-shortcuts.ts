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
  const select = (direction: 'next' | 'previous') => {
    const slug = stepSelection(slugs, selected, direction)
    if (slug === null) return
    // flushSync: the new selection renders before the next key press is handled, so a fast j-j-k counts from it.
    void navigate(listHref(page, slug), { replace: true, preventScrollReset: true, flushSync: true })
    document.getElementById(listItemId(slug))?.scrollIntoView({ block: 'nearest' })
  }
  useShortcuts({
    next: () => select('next'),
    previous: () => select('previous'),
    open: selected ? () => navigate(paths.article.href(selected)) : undefined,
  })
}

export const listItemId = (slug: string) => `list-item-${slug}`
