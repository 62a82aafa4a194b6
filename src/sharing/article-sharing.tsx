import { type RefObject, useCallback, useEffect, useState } from 'react'
import { type Messages, useMessages } from '../i18n/messages.ts'
import { useUiLocale } from '../preferences/preferences-store.ts'
import { useIsHydrating } from '../ui/use-is-hydrating.ts'
import { articleShareUrl } from './article-url.ts'
import { type ShareOutcome, shareOrCopy } from './share-link.ts'
import { useShareStatus } from './use-share-status.ts'

const SELECTION_SETTLE_MS = 150
const blockHash = /^#p-[1-9]\d*$/

interface ArticleSharingProps {
  articleRef: RefObject<HTMLElement | null>
  slug: string
  title: string
}

/**
 * The article's share actions: "Share" for the article at the reader's current paragraph, a copied link from each
 * paragraph's "#" anchor, and "Share quote" for selected text. Each result is announced in one live region.
 *
 * The toolbar appears in the render right after hydration, not in the prerendered page: its buttons do nothing
 * without the script.
 */
export function ArticleSharing({ articleRef, slug, title }: ArticleSharingProps) {
  const t = useMessages()
  const uiLocale = useUiLocale()
  const hydrating = useIsHydrating()
  const [status, announce] = useShareStatus()
  const quoteUrl = useSelectedQuoteUrl(articleRef, slug)
  const onParagraphLinkCopied = useCallback(
    (outcome: ShareOutcome) => announce(outcomeMessage(t, outcome, t.paragraphLinkCopied)),
    [announce, t],
  )
  useParagraphLinkCopying(articleRef, slug, title, onParagraphLinkCopied)

  const shareArticle = async () => {
    const hash = blockHash.test(window.location.hash) ? window.location.hash : ''
    announce(outcomeMessage(t, await shareOrCopy(articleShareUrl(slug) + hash, title), t.linkCopied))
  }
  const shareQuote = async () => {
    if (quoteUrl) announce(outcomeMessage(t, await shareOrCopy(quoteUrl, title), t.quoteLinkCopied))
  }

  if (hydrating) return null
  return (
    // Fixed in a corner so the reader can share the paragraph they are on without scrolling back to the top.
    // In the interface's language, though it sits inside the article (whose language may differ).
    <div className="share-toolbar" lang={uiLocale}>
      <p aria-live="polite" className="share-status">
        {status}
      </p>
      {quoteUrl ? (
        <button
          type="button"
          className="share-toolbar-button"
          // Keep the selection: pressing a button would otherwise clear it before the click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={shareQuote}
        >
          {t.shareQuote}
        </button>
      ) : null}
      <button type="button" className="share-toolbar-button" onClick={shareArticle}>
        {t.share}
      </button>
    </div>
  )
}

function outcomeMessage(t: Messages, outcome: ShareOutcome, copied: string): string {
  switch (outcome) {
    case 'copied':
      return copied
    case 'shared':
      return t.linkShared
    case 'cancelled':
      return ''
    case 'failed':
      return t.copyFailed
  }
}

/** The "#" beside each paragraph copies that paragraph's link (and still moves the address bar there). */
function useParagraphLinkCopying(
  articleRef: RefObject<HTMLElement | null>,
  slug: string,
  title: string,
  onDone: (outcome: ShareOutcome) => void,
) {
  useEffect(() => {
    const article = articleRef.current
    if (!article) return
    const onClick = async (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.block-anchor') : null
      if (!anchor || !blockHash.test(anchor.hash)) return
      event.preventDefault()
      window.history.replaceState(window.history.state, '', anchor.hash)
      onDone(await shareOrCopy(articleShareUrl(slug) + anchor.hash, title, { preferShareSheet: false }))
    }
    article.addEventListener('click', onClick)
    return () => article.removeEventListener('click', onClick)
  }, [articleRef, slug, title, onDone])
}

/**
 * A text-fragment link for the text the reader has selected in the article body, or null when nothing is selected. The
 * code that builds it is fetched on the first selection.
 */
function useSelectedQuoteUrl(articleRef: RefObject<HTMLElement | null>, slug: string): string | null {
  const [quoteUrl, setQuoteUrl] = useState<string | null>(null)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // Each update may wait for the code; only the latest selection's answer counts.
    let latest = 0
    const update = async () => {
      const current = ++latest
      const article = articleRef.current
      const selection = document.getSelection()
      const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null
      if (!article || !range || !article.contains(range.commonAncestorContainer)) return setQuoteUrl(null)
      let url: string | null = null
      try {
        const { quoteUrlFor } = await import('./quote-links.ts')
        url = quoteUrlFor(article, range, slug)
      } catch {
        // The code did not arrive: no "Share quote" this time; the next selection asks again.
      }
      if (current === latest) setQuoteUrl(url)
    }
    const onSelectionChange = () => {
      clearTimeout(timer)
      timer = setTimeout(update, SELECTION_SETTLE_MS)
    }
    document.addEventListener('selectionchange', onSelectionChange)
    return () => {
      clearTimeout(timer)
      latest = -1
      document.removeEventListener('selectionchange', onSelectionChange)
    }
  }, [articleRef, slug])
  return quoteUrl
}
