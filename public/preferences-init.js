// Runs in <head> before the page paints, so a stored theme, text size and line width apply with no flash. A plain-JS
// mirror of src/preferences/preferences-schema.ts (kept in step by preferences-init.test.ts): an external file because
// the CSP allows no inline scripts. Anything unreadable falls back to the default, and nothing here may throw.
;(() => {
  const allowed = {
    theme: ['system', 'light', 'dark', 'sepia'],
    textSize: ['small', 'medium', 'large', 'x-large', 'xx-large'],
    lineWidth: ['narrow', 'normal', 'wide'],
  }
  const defaults = { theme: 'system', textSize: 'medium', lineWidth: 'normal' }
  let stored = null
  try {
    stored = JSON.parse(window.localStorage.getItem('warta:preferences') || 'null')
  } catch {
    stored = null
  }
  const root = document.documentElement
  const attributes = { theme: 'data-theme', textSize: 'data-text-size', lineWidth: 'data-line-width' }
  for (const name of Object.keys(attributes)) {
    const value = stored && typeof stored === 'object' && !Array.isArray(stored) ? stored[name] : undefined
    root.setAttribute(attributes[name], allowed[name].includes(value) ? value : defaults[name])
  }
})()
