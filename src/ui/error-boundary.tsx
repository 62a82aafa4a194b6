import { Component, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  children: ReactNode
  /** What to show instead of the children once they have thrown; `retry` renders the children again. */
  fallback: (error: unknown, retry: () => void) => ReactNode
  /** When this changes (another page, another list page), the boundary forgets the error and renders its children. */
  resetKey: string
  /** Called by `retry` before the children render again (e.g. to let react-query fetch afresh). */
  onRetry?: () => void
}

/** The error caught, and the `resetKey` it was caught under (null until the next render records it). */
type ErrorBoundaryState = { failure: { error: unknown; resetKey: string | null } | null }

/**
 * Catches what its children throw while rendering (a page's data that failed to load among them) and renders
 * `fallback` instead. React only offers error boundaries as class components.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failure: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failure: { error, resetKey: null } }
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): ErrorBoundaryState | null {
    if (state.failure === null) return null
    if (state.failure.resetKey === null) return { failure: { ...state.failure, resetKey: props.resetKey } }
    // A new key means the reader has moved on: the error belonged to the page they left.
    return state.failure.resetKey === props.resetKey ? null : { failure: null }
  }

  retry = () => {
    this.props.onRetry?.()
    this.setState({ failure: null })
  }

  render() {
    if (this.state.failure === null) return this.props.children
    return this.props.fallback(this.state.failure.error, this.retry)
  }
}

/** Hands an error on to the next boundary up: for a fallback that only handles some errors. */
export function Rethrow({ error }: { error: unknown }): never {
  throw error
}
