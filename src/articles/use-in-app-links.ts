import { type RefObject, useEffect } from 'react'
import { matchPath, useNavigate } from 'react-router'
import { paths } from '../paths.ts'

const appPatterns = [paths.home.pattern, paths.article.pattern]

/**
 * An article's own links to other pages of this site (`[…](/articles/other)` in its Markdown) open inside the app, as
 * Previous/Next do: the page is drawn from the data already held or fetched as JSON, instead of loading the whole site
 * again. Anything else — another site, a file such as the feed, a modified click, a link to a place in this same page
 * — is left to the browser.
 */
export function useInAppLinks(containerRef: RefObject<HTMLElement | null>): void {
  const navigate = useNavigate()
  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null
      if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return
      const url = new URL(anchor.href)
      if (url.origin !== window.location.origin) return
      if (url.pathname === window.location.pathname && url.search === window.location.search) return
      if (!appPatterns.some((pattern) => matchPath(pattern, url.pathname))) return
      event.preventDefault()
      void navigate(`${url.pathname}${url.search}${url.hash}`)
    }
    container.addEventListener('click', onClick)
    return () => container.removeEventListener('click', onClick)
  }, [containerRef, navigate])
}
