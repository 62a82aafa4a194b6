import { useEffect, useEffectEvent } from 'react'
import { type Command, commandFor } from './key-map.ts'

export type ShortcutHandlers = Partial<Record<Command, () => void>>

/**
 * Runs `handlers[command]` for the shortcuts a component supports. Several components listen at once (the layout for
 * `?` and `h`, a page for the rest); a command without a handler here is left to the others.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  // Always the latest handlers, without re-subscribing on every render.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return
    const command = commandFor(event)
    const handler = command ? handlers[command] : undefined
    if (!handler) return
    event.preventDefault()
    handler()
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event)
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [])
}
