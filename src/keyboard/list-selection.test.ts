import { describe, expect, it } from 'vitest'
import { listHref, pageIdentity, selectedSlug } from './list-selection.ts'

describe('list selection in the URL', () => {
  it('builds canonical list URLs that keep the selection', () => {
    expect(listHref(1, null)).toBe('/')
    expect(listHref(1, 'tentang-warta')).toBe('/?selected=tentang-warta')
    expect(listHref(2, 'tentang-warta')).toBe('/?page=2&selected=tentang-warta')
  })

  it('reads only well-formed slugs', () => {
    expect(selectedSlug(new URLSearchParams('selected=tentang-warta'))).toBe('tentang-warta')
    expect(selectedSlug(new URLSearchParams('selected=../etc'))).toBeNull()
    expect(selectedSlug(new URLSearchParams(''))).toBeNull()
  })

  it('treats a selection change as the same page', () => {
    expect(pageIdentity('/', '?page=2&selected=a')).toBe(pageIdentity('/', '?page=2&selected=b'))
    expect(pageIdentity('/', '?selected=a')).toBe('/')
    expect(pageIdentity('/', '?page=2')).not.toBe(pageIdentity('/', ''))
  })
})
