import { useSyncExternalStore } from 'react'

const subscribeToNothing = () => () => {}

/**
 * True on the server and while React hydrates prerendered HTML, false for anything rendered in the browser. A
 * component that renders differently after it reads false re-renders once, right after hydration.
 */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  )
}
