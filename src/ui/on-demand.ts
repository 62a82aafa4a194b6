import { useSyncExternalStore } from 'react'

export interface OnDemand<T> {
  /** Starts the download (once; again only after a failure) and resolves with the module's export. */
  load(): Promise<T>
  /** The export once it has arrived, else null. Always null on the server and while hydrating. */
  useLoaded(): T | null
}

/**
 * Code the first view does not need, fetched with a dynamic `import()` (its own chunk, never preloaded) when the reader
 * gets near it. What `useLoaded` returns is a cache of that import, which the module registry holds anyway: kept here
 * so a later page renders the part at once instead of through a loading state. Its server snapshot is null, so the
 * prerendered HTML and the first client render agree (both show the caller's placeholder) and hydration never
 * mismatches; the part appears in the render after its code is in.
 */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loaded: T | null = null
  let pending: Promise<T> | null = null
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  const current = () => loaded
  const onServer = () => null

  return {
    load() {
      pending ??= importer().then(
        (value) => {
          loaded = value
          for (const listener of listeners) listener()
          return value
        },
        (error: unknown) => {
          // A dropped connection or a deploy that replaced the chunk: the next attempt asks again.
          pending = null
          throw error
        },
      )
      return pending
    },
    useLoaded() {
      return useSyncExternalStore(subscribe, current, onServer)
    },
  }
}
