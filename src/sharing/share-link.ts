export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/**
 * Shares a link through the system share sheet where the browser has one (phones), otherwise copies it to the
 * clipboard. Never throws: the caller turns the outcome into a message.
 */
export async function shareOrCopy(url: string, title: string, { preferShareSheet = true } = {}): Promise<ShareOutcome> {
  if (preferShareSheet && typeof navigator.share === 'function' && navigator.canShare?.({ url, title }) !== false) {
    try {
      await navigator.share({ url, title })
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
      // Fall through to the clipboard: the share sheet may be unavailable in this context.
    }
  }
  try {
    await navigator.clipboard.writeText(url)
    return 'copied'
  } catch {
    return 'failed'
  }
}
