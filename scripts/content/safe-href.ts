/**
 * Links and image sources come from authors' files and end up in `href`/`src` attributes, so only schemes that cannot
 * run code are let through. An allow-list (not a block-list of `javascript:`) also stops `data:`, `vbscript:` and
 * tricks such as `java\tscript:` or `//evil.example` (protocol-relative, i.e. another site).
 */
const allowedLink = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#)/i
const allowedImage = /^(?:https?:\/\/|\/(?![/\\]))/i

export function isSafeLinkHref(href: string): boolean {
  return allowedLink.test(href)
}

export function isSafeImageSrc(src: string): boolean {
  return allowedImage.test(src)
}

export const safeLinkRule = 'only http(s), mailto, site-relative (/…) and fragment (#…) links are allowed'
export const safeImageRule = 'only http(s) and site-relative (/…) image sources are allowed'
