/** How to scroll for a jump the reader asked for: smoothly, so they see where they went, unless they prefer less motion. */
export function jumpScrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth'
}
