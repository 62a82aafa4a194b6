import Beasties from 'beasties'

/** The app's stylesheet as the shell links it. */
export interface Stylesheet {
  /** The `<link rel="stylesheet">` element, as written in the shell. */
  link: string
  href: string
  css: string
}

/** Beasties reading the one stylesheet we hand it, instead of looking for files on disk. */
class StylesheetPruner extends Beasties {
  constructor(
    private readonly stylesheet: Stylesheet,
    keepSelectors: RegExp[],
  ) {
    super({
      // Only the <style> it writes is used (the page templates place the link), and the full stylesheet stays whole
      // for everything drawn after the first paint.
      pruneSource: false,
      // Animations the kept rules name; no fonts to consider (the system font stack).
      keyframes: 'critical',
      fonts: false,
      allowRules: keepSelectors,
      logLevel: 'warn',
    })
  }

  override getCssAsset(href: string): string | undefined {
    return href === this.stylesheet.href ? this.stylesheet.css : undefined
  }
}

const styleElement = /<style>([\s\S]*?)<\/style>/

/**
 * The rules of `stylesheet` that can apply to some element of `specimen` (a whole HTML document that links it), in
 * their order. A selector counts as matching when it does without its pseudo-classes (`:hover`, `:where(…)`), so
 * states an element can enter are kept with it. Rules whose selectors match `keepSelectors` are kept as they are:
 * those that depend on what the specimen cannot show, such as attributes the server sets per reader.
 *
 * A cascade layer none of whose rules are kept stays as an empty block, so every layer still ranks where it does in
 * the full sheet (named later for the first time, it would rank last, above the others).
 */
export async function criticalCss(specimen: string, stylesheet: Stylesheet, keepSelectors: RegExp[]): Promise<string> {
  const processed = await new StylesheetPruner(stylesheet, keepSelectors).process(specimen)
  const css = styleElement.exec(processed)?.[1]
  if (css === undefined) throw new Error(`no rule of ${stylesheet.href} applies to the specimen page`)
  return css
}
