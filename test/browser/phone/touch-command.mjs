/**
 * A finger on the screen, for the phone group (web-test-runner.config.mjs): `executeServerCommand(
 * 'touch:tap', { x, y })` taps at a point of the page's viewport with Playwright's touchscreen, so
 * the browser goes through touch events, the tap gesture and the hover state a tap leaves behind,
 * as on a phone (sendMouse would be a mouse).
 */
export function touchCommandPlugin() {
  return {
    name: 'touch-command',
    /** @param {{ command: string; payload?: { x?: number; y?: number }; session: any }} context */
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch:tap') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('touch:tap needs the Playwright launcher');
      const { x, y } = payload ?? {};
      if (typeof x !== 'number' || typeof y !== 'number') throw new Error('touch:tap needs { x, y }');
      await session.browser.getPage(session.id).touchscreen.tap(x, y);
      return true;
    },
  };
}
