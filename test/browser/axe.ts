/**
 * axe-core for the browser tests, and what to wait for before it looks: shared by a11y.test.ts,
 * theme.test.ts, cover-editor.test.ts and the phone group.
 */
import type { AxeResults } from 'axe-core';

/** WCAG 2.0–2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Axe {
  run(context: Element, options: object): Promise<AxeResults>;
}

/** axe-core is a UMD script, not an ES module: load its built file like a host page would. */
export async function loadAxe(): Promise<Axe> {
  const global = window as unknown as { axe?: Axe };
  if (!global.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  }
  return global.axe!;
}

/** The panel's opening animation (and any other) has finished: what is measured is what stays. */
export async function settleAnimations(root: ShadowRoot): Promise<void> {
  await Promise.all(root.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}
