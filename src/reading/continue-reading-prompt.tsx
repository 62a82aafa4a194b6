import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { jumpScrollBehavior } from '../accessibility/motion.ts'
import { blockNumberFromHash } from '../articles/reading-position.ts'
import { useMessages } from '../i18n/messages.ts'
import { blockAnchorId } from '../paths.ts'
import { afterNextPaint } from '../ui/after-paint.ts'
import { goToBlock } from './block-position.ts'
import { rememberBlock, rememberedBlock } from './continue-reading-store.ts'

/**
 * "Continue where you left off?" when the reader comes back to an article they left half-way. Not shown when the link
 * already names a place (`#p-N`): the link's wish wins. Read from localStorage in an effect, so prerendered HTML and the
 * first client render never contain it.
 */
export function ContinueReadingPrompt({ slug, blockCount }: { slug: string; blockCount: number }) {
  const t = useMessages()
  const { hash } = useLocation()
  const [offered, setOffered] = useState<number | null>(null)

  // Only the hash at arrival matters; later hash changes are the reader moving on. The offer waits for the article's
  // first paint: reading and validating the store is not worth delaying the headline for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per article, on arrival
  useEffect(() => {
    if (blockNumberFromHash(hash, blockCount) !== null) return
    return afterNextPaint(() => {
      const block = rememberedBlock(slug)
      if (block !== null && block <= blockCount) setOffered(block)
    })
  }, [slug, blockCount])

  if (offered === null) return null
  return (
    <aside className="continue-reading" aria-labelledby="continue-reading-title">
      <p id="continue-reading-title" className="font-bold">
        {t.continueReadingQuestion}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="button"
          onClick={() => {
            setOffered(null)
            goToBlock(offered, jumpScrollBehavior())
            // The button is about to disappear; give focus to the block's own link rather than losing it to <body>.
            document.querySelector<HTMLElement>(`a[href="#${blockAnchorId(offered)}"]`)?.focus({ preventScroll: true })
          }}
        >
          {t.continueReading(offered)}
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setOffered(null)
            rememberBlock(slug, null)
          }}
        >
          {t.dismiss}
        </button>
      </div>
    </aside>
  )
}
