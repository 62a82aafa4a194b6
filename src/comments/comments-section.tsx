import { type RefObject, useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import { useMessages } from '../i18n/messages.ts'
import { onDemand } from '../ui/on-demand.ts'
import { COMMENTS_SECTION_ID, commentIdFromHash } from './comment-permalink.ts'

// The list, the form, their queries and the comment schemas are a chunk of their own: most readers load an article to
// read it, and the first view should not wait for code that lives at the bottom of the page.
const commentsPanel = onDemand(() => import('./comments-panel.tsx').then((module) => module.CommentsPanel))

/**
 * Load well before the section scrolls into view, so it is ready by the time the reader gets there. A reader who never
 * goes near the comments never downloads their code or asks the server for them.
 */
const NEAR_VIEWPORT_MARGIN = '1000px 0px'

/**
 * "Post a Comment", under every article. The heading and the no-JavaScript note are part of the prerendered page; the
 * comments and the form (CommentsPanel) load when the section nears the viewport, when a `#comment-<id>` link opened
 * the page, or when focus moves into the section (the `c` shortcut), whichever comes first.
 * Until then the section shows "Loading comments…", in the prerendered HTML and in the first client render alike, so
 * hydration never mismatches.
 */
export function CommentsSection({ slug }: { slug: string }) {
  const t = useMessages()
  const sectionRef = useRef<HTMLElement>(null)
  const CommentsPanel = commentsPanel.useLoaded()
  const [failed, setFailed] = useState(false)
  const load = useCallback(() => {
    commentsPanel.load().catch(() => setFailed(true))
  }, [])
  useLoadSoon(sectionRef, load)
  useRetryWhenOnline(failed, () => {
    setFailed(false)
    load()
  })

  return (
    // Focus arriving in the section (the `c` shortcut puts it on the heading) loads the panel at once.
    <section ref={sectionRef} id={COMMENTS_SECTION_ID} aria-labelledby="comments-title" onFocus={load}>
      <h2 id="comments-title" className="text-2xl font-bold">
        {t.postAComment}
      </h2>
      {/* Prerendered pages are read without JavaScript too: say so instead of "Loading…" and a form that cannot work.
          A media query rather than <noscript>, whose content a browser with scripting switched off may still skip. */}
      <p className="mt-4 hidden text-stone-700 noscript:block dark:text-stone-300">{t.commentsNeedJavaScript}</p>
      {CommentsPanel ? (
        <CommentsPanel slug={slug} />
      ) : failed ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <p role="status" className="text-stone-700 dark:text-stone-300">
            {t.commentsNotLoaded}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setFailed(false)
              load()
            }}
          >
            {t.tryAgain}
          </button>
        </div>
      ) : (
        <p role="status" className="mt-4 text-stone-600 noscript:hidden dark:text-stone-400">
          {t.commentsLoading}
        </p>
      )}
    </section>
  )
}

/** While the code has failed to load, the connection coming back (the `online` event) tries again by itself. */
function useRetryWhenOnline(failed: boolean, retry: () => void) {
  const onOnline = useEffectEvent(retry)
  useEffect(() => {
    if (!failed) return
    const listener = () => onOnline()
    window.addEventListener('online', listener)
    return () => window.removeEventListener('online', listener)
  }, [failed])
}

/** Calls `load` (which must be idempotent) on the first of: a comment permalink, the section nearing view. */
function useLoadSoon(sectionRef: RefObject<HTMLElement | null>, load: () => void) {
  useEffect(() => {
    // The address the page was opened with: a `#comment-<id>` there is waiting for the list to scroll to.
    if (commentIdFromHash(window.location.hash) !== null) {
      load()
      return
    }
    const section = sectionRef.current
    if (!section) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        load()
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    )
    observer.observe(section)
    return () => observer.disconnect()
  }, [sectionRef, load])
}
