import { afterEach, describe, expect, it, vi } from 'vitest'
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

describe('siteUrl', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  async function siteUrlWith(env: Record<string, string>) {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
    vi.resetModules()
    return (await import('./site-url.ts')).siteUrl
  }

  it('outside a Vite build (prerender, feeds) parses SITE_URL from the environment', async () => {
    expect(await siteUrlWith({ SITE_URL: ' https://Warta.EXAMPLE/ ' })).toBe('https://warta.example')
    await expect(siteUrlWith({ SITE_URL: 'warta.example' })).rejects.toThrow(/^SITE_URL "warta.example" is invalid/)
  })

  it('in a Vite build takes the origin vite.config.ts already validated, without parsing SITE_URL again', async () => {
    expect(await siteUrlWith({ SITE_ORIGIN: 'https://warta.example', SITE_URL: 'not parsed here' })).toBe(
      'https://warta.example',
    )
    expect(await siteUrlWith({ SITE_ORIGIN: '', SITE_URL: 'not parsed here' })).toBeNull()
  })
})
