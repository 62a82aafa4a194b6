import { slugPattern } from '../articles/article-schema.ts'
import { paths } from '../paths.ts'

/**
 * The article selected on the home list with `j`/`k` lives in the URL (`/?page=2&selected=<slug>`), so Back from the
 * article returns to the same list page with the same article selected, and a reload keeps it.
 */
export const SELECTED_PARAM = 'selected'

/** The selected slug, if the parameter holds a well-formed one. */
export function selectedSlug(searchParams: URLSearchParams): string | null {
  const value = searchParams.get(SELECTED_PARAM)
  return value !== null && slugPattern.test(value) ? value : null
}

/** The list page's canonical URL, keeping the selection. */
export function listHref(page: number, selected: string | null): string {
  const href = paths.home.href(page)
  if (selected === null) return href
  return `${href}${href.includes('?') ? '&' : '?'}${SELECTED_PARAM}=${encodeURIComponent(selected)}`
}

/** A location's page identity: the selection changing is not a new page (no focus move, no announcement). */
export function pageIdentity(pathname: string, search: string): string {
  const params = new URLSearchParams(search)
  params.delete(SELECTED_PARAM)
  const rest = params.toString()
  return rest ? `${pathname}?${rest}` : pathname
}
