/**
 * The keyboard map, as pure logic so it can be tested without a browser. A key means one command everywhere; each page
 * decides what the command does there (`j` is "next paragraph" on an article, "select the next article" on the list).
 */

export type Command = 'next' | 'previous' | 'next-post' | 'previous-post' | 'comments' | 'home' | 'help' | 'open'

const commands: Readonly<Record<string, Command>> = {
  j: 'next',
  k: 'previous',
  n: 'next-post',
  ArrowRight: 'next-post',
  p: 'previous-post',
  ArrowLeft: 'previous-post',
  c: 'comments',
  h: 'home',
  '?': 'help',
  Enter: 'open',
}

/** What the handler sees of a keydown event (a subset of KeyboardEvent, so tests can pass plain objects). */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
  shiftKey: boolean
  isComposing?: boolean
  target: EventTarget | null
}

interface ElementLike {
  tagName?: string
  isContentEditable?: boolean
  closest?: (selector: string) => unknown
}

/** Fields the reader types into: every key belongs to the field there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as ElementLike | null
  if (!element?.tagName) return false
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable === true
}

/** Controls that Enter already activates; a shortcut on top would act twice. */
function isActivatable(target: EventTarget | null): boolean {
  const element = target as ElementLike | null
  return Boolean(element?.tagName && element.closest?.('a[href], button, summary, [role="button"], [role="link"]'))
}

/**
 * Inside an open dialog the page behind is inert, so its shortcuts are too (Esc is the dialog's own). Only an open one:
 * right after Esc, focus still sits on the closed dialog's button until the browser moves it, and a `?` pressed then
 * must open the dialog again.
 */
function isInOpenDialog(target: EventTarget | null): boolean {
  const element = target as ElementLike | null
  return Boolean(element?.tagName && element.closest?.('dialog[open]'))
}

export function commandFor(press: KeyPress): Command | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.isComposing) return null
  if (isTypingTarget(press.target) || isInOpenDialog(press.target)) return null
  const command = commands[press.key]
  if (!command) return null
  // Shift is how `?` is typed on most layouts; with any other key it means something else (Shift+J, Shift+←).
  if (press.shiftKey && command !== 'help') return null
  if (command === 'open' && isActivatable(press.target)) return null
  return command
}

/**
 * The block a `j`/`k` press moves to, from the block whose start the reader has reached (`aligned` when it sits exactly
 * at the top). `k` inside a block first returns to that block's start, as a reader would expect. 0 is the page top.
 */
export function stepBlock(
  position: { block: number; aligned: boolean; blockCount: number },
  direction: 'next' | 'previous',
): number {
  const { block, aligned, blockCount } = position
  if (direction === 'next') return Math.min(block + 1, blockCount)
  return block >= 1 && !aligned ? block : Math.max(block - 1, 0)
}

/** The neighbour in a list for `j`/`k`; with nothing selected yet, `j` starts at the top and `k` at the bottom. */
export function stepSelection(
  slugs: readonly string[],
  selected: string | null,
  direction: 'next' | 'previous',
): string | null {
  const index = selected === null ? -1 : slugs.indexOf(selected)
  if (index === -1) return (direction === 'next' ? slugs[0] : slugs.at(-1)) ?? null
  const next = direction === 'next' ? Math.min(index + 1, slugs.length - 1) : Math.max(index - 1, 0)
  return slugs[next] ?? null
}
