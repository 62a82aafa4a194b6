// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { Suspense, use } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'

// jsdom has <dialog> but not its modal methods: these stand in for the browser's, keeping the `open` attribute.
const showModal = vi.fn(function (this: HTMLDialogElement) {
  this.setAttribute('open', '')
})
beforeEach(() => {
  showModal.mockClear()
  HTMLDialogElement.prototype.showModal = showModal
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})
afterEach(cleanup)

/** Suspends while `waitFor` is pending: a boundary above the dialog hiding its content and revealing it again. */
function SuspendWhile({ waitFor }: { waitFor: Promise<void> | null }) {
  if (waitFor) use(waitFor)
  return null
}

function Page({ openRequests, waitFor = null }: { openRequests: number; waitFor?: Promise<void> | null }) {
  return (
    <Suspense fallback={<p>Loading</p>}>
      <SuspendWhile waitFor={waitFor} />
      <ShortcutsDialog openRequests={openRequests} />
    </Suspense>
  )
}

const dialogElement = () => document.querySelector('dialog') as HTMLDialogElement

describe('ShortcutsDialog', () => {
  it('stays closed until asked, and opens once for each request', () => {
    const page = render(<Page openRequests={0} />)
    expect(dialogElement().open).toBe(false)
    page.rerender(<Page openRequests={1} />)
    expect(showModal).toHaveBeenCalledTimes(1)
    dialogElement().close()
    page.rerender(<Page openRequests={2} />)
    expect(showModal).toHaveBeenCalledTimes(2)
    expect(dialogElement().open).toBe(true)
  })

  it('does not reopen by itself when a boundary above hides and reveals it', async () => {
    const page = render(<Page openRequests={1} />)
    expect(showModal).toHaveBeenCalledTimes(1)
    dialogElement().close()

    let reveal = () => {}
    const pending = new Promise<void>((resolve) => {
      reveal = resolve
    })
    await act(async () => page.rerender(<Page openRequests={1} waitFor={pending} />))
    await act(async () => reveal())

    expect(dialogElement().open).toBe(false)
    expect(showModal).toHaveBeenCalledTimes(1)
  })
})
