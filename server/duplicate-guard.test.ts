import { expect, it } from 'vitest'
import { createDuplicateGuard } from './duplicate-guard.ts'

it('reports a remembered post as a duplicate until the window has passed', () => {
  let time = 0
  const guard = createDuplicateGuard({ windowMs: 60_000, now: () => time })
  guard.remember('127.0.0.1', 'some-slug', 'Hello')
  time = 59_999
  expect(guard.isDuplicate('127.0.0.1', 'some-slug', 'Hello')).toBe(true)
  expect(guard.isDuplicate('127.0.0.1', 'other-slug', 'Hello')).toBe(false)
  expect(guard.isDuplicate('127.0.0.2', 'some-slug', 'Hello')).toBe(false)
  // Parts are delimited, so shifting text between them is not a collision.
  expect(guard.isDuplicate('127.0.0.1', 'some-slugH', 'ello')).toBe(false)
  time = 60_000
  expect(guard.isDuplicate('127.0.0.1', 'some-slug', 'Hello')).toBe(false)
})
