import type { CSSResult } from 'lit';

/** Adds a lazily loaded chunk's styles to the root its markup renders in (once). */
export function adoptStyles(node: Node, styles: CSSResult): void {
  const root = node.getRootNode() as ShadowRoot | Document;
  const sheet = styles.styleSheet;
  if (sheet && 'adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
