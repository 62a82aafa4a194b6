import { describe, expect, it } from 'vitest'
import { absoluteUrlFor, parseSiteUrl } from './site-url.ts'

describe('parseSiteUrl', () => {
  it('treats unset, empty and blank as not known', () => {
    expect(parseSiteUrl(undefined)).toBeNull()
    expect(parseSiteUrl(null)).toBeNull()
    expect(parseSiteUrl('')).toBeNull()
    expect(parseSiteUrl('  ')).toBeNull()
  })

  it.each([
    ['https://warta.example', 'https://warta.example'],
    ['https://warta.example/', 'https://warta.example'],
    ['  https://Warta.EXAMPLE:443/  ', 'https://warta.example'],
    ['HTTP://localhost:8080', 'http://localhost:8080'],
    ['http://[::1]:3000/', 'http://[::1]:3000'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(parseSiteUrl(raw)).toBe(expected)
  })

  it.each([
    ['warta.example', /http\(s\) URL/],
    ['ftp://warta.example', /http\(s\) URL/],
    ['javascript:alert(1)', /http\(s\) URL/],
    ['https://', /http\(s\) URL/],
    ['https://warta.example/blog', /origin only/],
    ['https://warta.example/?utm=1', /origin only/],
    ['https://warta.example/#top', /origin only/],
    ['https://user:secret@warta.example', /user name or password/],
  ])('rejects %j with an error naming SITE_URL', (raw, reason) => {
    expect(() => parseSiteUrl(raw)).toThrow(/^SITE_URL ".*" is invalid: /)
    expect(() => parseSiteUrl(raw)).toThrow(reason)
  })
})

describe('absoluteUrlFor', () => {
  it('joins a root-relative path to the origin, or gives null without one', () => {
    expect(absoluteUrlFor('https://warta.example', '/')).toBe('https://warta.example/')
    expect(absoluteUrlFor('https://warta.example', '/articles/a?x=1#p-2')).toBe(
      'https://warta.example/articles/a?x=1#p-2',
    )
    expect(absoluteUrlFor(null, '/feed.xml')).toBeNull()
  })

  it('refuses anything that is not root-relative', () => {
    expect(() => absoluteUrlFor('https://warta.example', 'articles/a')).toThrow(/root-relative/)
    expect(() => absoluteUrlFor('https://warta.example', '//evil.example/x')).toThrow(/root-relative/)
  })
})
