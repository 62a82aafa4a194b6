import { useLayoutEffect, useRef } from 'react'
import { useMessages } from '../i18n/messages.ts'
import { type ShortcutMessages, useShortcutMessages } from './shortcut-messages.ts'

type Row = { keys: string[]; label: (t: ShortcutMessages) => string }

const sections: { title: (t: ShortcutMessages) => string; rows: Row[] }[] = [
  {
    title: (t) => t.shortcutsOnArticle,
    rows: [
      { keys: ['j'], label: (t) => t.shortcutNextBlock },
      { keys: ['k'], label: (t) => t.shortcutPreviousBlock },
      { keys: ['n', '→'], label: (t) => t.shortcutNextPost },
      { keys: ['p', '←'], label: (t) => t.shortcutPreviousPost },
      { keys: ['c'], label: (t) => t.shortcutComments },
    ],
  },
  {
    title: (t) => t.shortcutsOnList,
    rows: [
      { keys: ['j'], label: (t) => t.shortcutSelectNext },
      { keys: ['k'], label: (t) => t.shortcutSelectPrevious },
      { keys: ['Enter'], label: (t) => t.shortcutOpenSelected },
    ],
  },
  {
    title: (t) => t.shortcutsEverywhere,
    rows: [
      { keys: ['h'], label: (t) => t.shortcutHome },
      { keys: ['?'], label: (t) => t.shortcutHelp },
      { keys: ['Esc'], label: (t) => t.close },
    ],
  },
]

/**
 * The "Keyboard shortcuts" dialog, in its own chunk: ShortcutsHelp loads it on first use and keeps it mounted from then
 * on, as it always was (a closed `<dialog>` is not rendered). A native modal `<dialog>`, shown in a layout effect, so
 * before paint: the browser traps focus, makes the page inert, closes it on Esc and returns focus to where it was.
 */
export function ShortcutsDialog({ openRequests }: { openRequests: number }) {
  // The title is the button's name, so it comes from the app-wide catalogue; the rest is the dialog's own.
  const { keyboardShortcuts } = useMessages()
  const t = useShortcutMessages()
  const dialogRef = useRef<HTMLDialogElement>(null)
  // The dialog's own `open` is the only state: the browser closes it (Esc, the Close button), and each new request
  // opens it again, once. Remembering the last request shown keeps a re-run of the effect (a Suspense boundary
  // above revealing its content again) from reopening a dialog the reader closed.
  const shownRequest = useRef(0)
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || openRequests === shownRequest.current) return
    shownRequest.current = openRequests
    if (!dialog.open) dialog.showModal()
  }, [openRequests])

  return (
    <dialog ref={dialogRef} aria-labelledby="shortcuts-title" className="shortcuts-dialog">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="shortcuts-title" className="text-xl font-bold">
          {keyboardShortcuts}
        </h2>
        <button type="button" className="button-quiet" onClick={() => dialogRef.current?.close()}>
          {t.close}
        </button>
      </div>
      {sections.map((section) => (
        <section key={section.title(t)} className="mt-4">
          <h3 className="font-bold">{section.title(t)}</h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {section.rows.map((row) => (
              <div key={row.label(t)} className="contents">
                <dt className="whitespace-nowrap">
                  {row.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 ? ` ${t.or} ` : null}
                      <kbd className="kbd">{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{row.label(t)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">{t.shortcutsIgnoredWhileTyping}</p>
    </dialog>
  )
}
