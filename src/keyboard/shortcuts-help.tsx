import { useState } from 'react'
import { TextInEveryLanguage } from '../i18n/text-in-every-language.tsx'
import { onDemand } from '../ui/on-demand.ts'
import { useShortcuts } from './use-shortcuts.ts'

// Few readers open the help; its table of keys is a chunk of its own, fetched on the first `?` or click.
const shortcutsDialog = onDemand(() => import('./shortcuts-dialog.tsx').then((module) => module.ShortcutsDialog))

/** Starts fetching the dialog where the reader shows intent (hover, focus), so the click finds it there. */
const prefetchDialog = () => {
  shortcutsDialog.load().catch(() => {})
}

/**
 * The "Keyboard shortcuts" button and the dialog it opens (also with `?`). The dialog opens once its code is in, so
 * the first press waits for the download rather than showing an empty dialog; a failed download leaves it closed, and
 * the next press tries again.
 */
export function ShortcutsHelp() {
  const ShortcutsDialog = shortcutsDialog.useLoaded()
  // A count of the reader's requests, not an open flag: the dialog's `close` event comes a task after Esc, so a `?`
  // pressed at once would find a flag still true, set it to true again and open nothing. Each request is a new value.
  const [openRequests, setOpenRequests] = useState(0)
  const show = () => {
    shortcutsDialog.load().then(
      () => setOpenRequests((count) => count + 1),
      () => {},
    )
  }
  useShortcuts({ help: show })

  return (
    <>
      <button
        type="button"
        // The shortcuts are the script's: without it there is nothing to list, so the button is not shown.
        className="button-quiet noscript:hidden"
        onClick={show}
        onPointerEnter={prefetchDialog}
        onFocus={prefetchDialog}
      >
        <TextInEveryLanguage text={(messages) => messages.keyboardShortcuts} />
      </button>
      {ShortcutsDialog ? <ShortcutsDialog openRequests={openRequests} /> : null}
    </>
  )
}
