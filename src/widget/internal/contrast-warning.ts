/** The colour properties a host may set (README "Theming"): with none set, the tested defaults apply. */
const themeColours = [
  'accent',
  'accent-text',
  'surface',
  'text',
  'muted',
  'border',
  'bot-bubble',
  'choice-hover',
  'danger',
];

/**
 * Tells a host whose theme makes text hard to read (WCAG 1.4.3), once the first bubble shows.
 * Only a host that set its own colours can have: the default themes keep 4.5:1
 * (test/browser/a11y.test.ts), so the check loads only then, as the time parser loads only for a
 * typed time. True once the check has run (or had nothing to check), false to try again later.
 */
export function warnOnLowContrast(conversation: Element): boolean {
  const root = conversation.getRootNode();
  if (!(root instanceof ShadowRoot) || !conversation.querySelector('.bot .bubble')?.getClientRects().length)
    return false;
  const style = getComputedStyle(root.host);
  if (!themeColours.some((name) => style.getPropertyValue(`--wallet-support-${name}`).trim())) return true;
  void import('./contrast.js').then(({ lowContrastParts }) => {
    const problems = lowContrastParts(root);
    if (problems.length)
      console.warn(`<wallet-support>: text contrast below 4.5:1 with this theme: ${problems.join(', ')}`);
  });
  return true;
}
