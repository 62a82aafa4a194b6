import { describe, expect, it } from 'vitest'
import { robotsTxt } from './robots-txt.ts'

describe('robotsTxt', () => {
  it('allows everything and points at the sitemap when the origin is known', () => {
    expect(robotsTxt('https://warta.example')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://warta.example/sitemap.xml\n',
    )
  })

  it('has no Sitemap line without SITE_URL, since the line must be absolute', () => {
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n')
  })
})
