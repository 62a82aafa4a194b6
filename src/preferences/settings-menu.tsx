import { type KeyboardEvent, useId, useRef, useState } from 'react'
import { TextInEveryLanguage } from '../i18n/text-in-every-language.tsx'
import { onDemand } from '../ui/on-demand.ts'

// The panel's choices are only needed once the reader opens it: a chunk of their own, fetched on the first open.
const settingsFields = onDemand(() => import('./settings-fields.tsx').then((module) => module.SettingsFields))

/** Starts fetching the choices where the reader shows intent (hover, focus), so the click finds them there. */
const prefetchFields = () => {
  settingsFields.load().catch(() => {})
}

/**
 * The "Settings" disclosure in the header: text size, line width, theme and UI language. Changes apply at once and are
 * stored for this reader only (localStorage), never in the URL. Renders the button and, after it, the panel, which
 * takes a full row of the header's wrapping flex layout. The panel opens once its choices are in, so it never shows
 * empty; a failed download leaves it closed, and the next click tries again.
 */
export function SettingsMenu() {
  const SettingsFields = settingsFields.useLoaded()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const toggle = () => {
    if (open) return setOpen(false)
    settingsFields.load().then(
      () => setOpen(true),
      () => {},
    )
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    setOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        // Choosing settings needs the script: without it the button would do nothing, so it is not shown.
        className="button-quiet noscript:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        onPointerEnter={prefetchFields}
        onFocus={prefetchFields}
        // Esc closes it from the button too, where focus still is right after opening it with the keyboard.
        onKeyDown={open ? onKeyDown : undefined}
      >
        <TextInEveryLanguage text={(messages) => messages.settings} />
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Esc anywhere in the open panel closes it, as in a menu */}
      <div id={panelId} hidden={!open} className="settings-panel" onKeyDown={onKeyDown}>
        {SettingsFields ? <SettingsFields /> : null}
      </div>
    </>
  )
}
