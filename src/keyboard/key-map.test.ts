import { describe, expect, it } from 'vitest'
import { commandFor, type KeyPress, stepBlock, stepSelection } from './key-map.ts'

const element = (tagName: string, options: { editable?: boolean; inside?: string[] } = {}) => ({
  tagName,
  isContentEditable: options.editable ?? false,
  // Matches when one of the selector list's parts is among the selectors the element sits inside.
  closest: (selector: string) =>
    selector.split(',').some((part) => options.inside?.includes(part.trim())) ? {} : null,
})

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  target: element('BODY') as unknown as EventTarget,
  ...overrides,
})

const on = (target: ReturnType<typeof element>) => target as unknown as EventTarget

describe('commandFor', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['n', 'next-post'],
    ['ArrowRight', 'next-post'],
    ['p', 'previous-post'],
    ['ArrowLeft', 'previous-post'],
    ['c', 'comments'],
    ['h', 'home'],
    ['Enter', 'open'],
  ])('maps %s to %s', (key, command) => {
    expect(commandFor(press(key))).toBe(command)
  })

  it('maps ? typed with Shift to help', () => {
    expect(commandFor(press('?', { shiftKey: true }))).toBe('help')
  })

  it.each(['ctrlKey', 'altKey', 'metaKey'] as const)('ignores keys with %s held', (modifier) => {
    expect(commandFor(press('j', { [modifier]: true }))).toBeNull()
    expect(commandFor(press('?', { [modifier]: true, shiftKey: true }))).toBeNull()
  })

  it('ignores Shift with anything but ?', () => {
    expect(commandFor(press('J', { shiftKey: true }))).toBeNull()
    expect(commandFor(press('ArrowRight', { shiftKey: true }))).toBeNull()
  })

  it.each(['INPUT', 'TEXTAREA', 'SELECT'])('ignores keys typed into a %s', (tagName) => {
    expect(commandFor(press('j', { target: on(element(tagName)) }))).toBeNull()
    expect(commandFor(press('?', { shiftKey: true, target: on(element(tagName)) }))).toBeNull()
  })

  it('ignores keys typed into contenteditable, during IME composition, and inside an open dialog', () => {
    expect(commandFor(press('j', { target: on(element('DIV', { editable: true })) }))).toBeNull()
    expect(commandFor(press('j', { isComposing: true }))).toBeNull()
    expect(commandFor(press('j', { target: on(element('BUTTON', { inside: ['dialog[open]'] })) }))).toBeNull()
  })

  it('acts on keys pressed while focus is still on a dialog that has just closed', () => {
    expect(commandFor(press('?', { shiftKey: true, target: on(element('BUTTON', { inside: ['dialog'] })) }))).toBe(
      'help',
    )
  })

  it('leaves Enter on links and buttons to the browser', () => {
    expect(commandFor(press('Enter', { target: on(element('A', { inside: ['a[href]'] })) }))).toBeNull()
    expect(commandFor(press('Enter', { target: on(element('BUTTON', { inside: ['button'] })) }))).toBeNull()
    expect(commandFor(press('j', { target: on(element('A', { inside: ['a[href]'] })) }))).toBe('next')
  })

  it('ignores keys it does not know', () => {
    expect(commandFor(press('x'))).toBeNull()
    expect(commandFor(press('Escape'))).toBeNull()
  })
})

describe('stepBlock', () => {
  it('moves to the next block from the top, a block start or the middle of a block', () => {
    expect(stepBlock({ block: 0, aligned: false, blockCount: 30 }, 'next')).toBe(1)
    expect(stepBlock({ block: 4, aligned: true, blockCount: 30 }, 'next')).toBe(5)
    expect(stepBlock({ block: 4, aligned: false, blockCount: 30 }, 'next')).toBe(5)
    expect(stepBlock({ block: 30, aligned: true, blockCount: 30 }, 'next')).toBe(30)
  })

  it('moves back to the start of the current block first, then to the previous one, then to the top', () => {
    expect(stepBlock({ block: 4, aligned: false, blockCount: 30 }, 'previous')).toBe(4)
    expect(stepBlock({ block: 4, aligned: true, blockCount: 30 }, 'previous')).toBe(3)
    expect(stepBlock({ block: 1, aligned: true, blockCount: 30 }, 'previous')).toBe(0)
    expect(stepBlock({ block: 0, aligned: false, blockCount: 30 }, 'previous')).toBe(0)
  })
})

describe('stepSelection', () => {
  const slugs = ['a', 'b', 'c']
  it('starts at the first (j) or last (k) article when nothing is selected', () => {
    expect(stepSelection(slugs, null, 'next')).toBe('a')
    expect(stepSelection(slugs, null, 'previous')).toBe('c')
    expect(stepSelection(slugs, 'gone', 'next')).toBe('a')
  })

  it('moves within the list and stops at its ends', () => {
    expect(stepSelection(slugs, 'a', 'next')).toBe('b')
    expect(stepSelection(slugs, 'c', 'next')).toBe('c')
    expect(stepSelection(slugs, 'b', 'previous')).toBe('a')
    expect(stepSelection(slugs, 'a', 'previous')).toBe('a')
    expect(stepSelection([], null, 'next')).toBeNull()
  })
})
