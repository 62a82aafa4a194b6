/**
 * The list page a `?page=` value asks for, before the catalogue size is known: missing, non-numeric and non-positive
 * values mean page 1, fractions round down. The loader clamps the upper end once it knows the page count.
 */
export function requestedPage(raw: string | null): number {
  if (raw === null) return 1
  const value = Number(raw.trim())
  if (!Number.isFinite(value) || value < 1) return 1
  return Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER)
}

/** The nearest page that exists. */
export function clampPage(page: number, pageCount: number): number {
  return Math.min(Math.max(1, page), Math.max(1, pageCount))
}
