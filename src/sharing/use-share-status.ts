import { useCallback, useEffect, useState } from 'react'

const STATUS_VISIBLE_MS = 4000

/** A short message ("Link copied") for a live region, cleared after a few seconds. */
export function useShareStatus(): [string, (message: string) => void] {
  const [status, setStatus] = useState('')
  useEffect(() => {
    if (!status) return
    const timer = setTimeout(() => setStatus(''), STATUS_VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [status])
  // Clearing first makes a repeated identical message announce again.
  const announce = useCallback((message: string) => {
    setStatus('')
    queueMicrotask(() => setStatus(message))
  }, [])
  return [status, announce]
}
