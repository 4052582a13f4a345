/**
 * The launcher's part of the theme (issue 15): which scheme applies, and, only when the host set
 * a colour of its own, the code that keeps it readable (internal/contrast.ts, loaded then). Its
 * file name keeps it in the launcher chunk (vite.config.ts `launcherModules`).
 */
import type { PanelFrame } from './internal/panel-frame.js';
import type { readableTheme } from './internal/contrast.js';

/**
 * Whether the widget is dark: `theme` `light` or `dark` wins; otherwise (`auto`) the page decides
 * through its `color-scheme` (`declared`): only `dark` is dark, only `light` light, and both or
 * none (`normal`, nothing declared) follow the user's `prefers-color-scheme`.
 */
export function isDark(theme: string | undefined, declared: string, prefersDark: boolean): boolean {
  if (theme === 'light' || theme === 'dark') return theme === 'dark';
  const light = declared.includes('light');
  return light === declared.includes('dark') ? prefersDark : !light;
}

/** The page's color-scheme: the root element's, else `<meta name="color-scheme">`'s (as browsers read them). */
export function pageColorScheme(): string {
  const root = getComputedStyle(document.documentElement).colorScheme;
  return root === 'normal'
    ? (document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '')
    : root;
}

let readable: typeof readableTheme | undefined;

/**
 * Puts the scheme on the launcher and the panel (the styles' `dark` class) and keeps a host's
 * colours readable in it. Returns what it applied: given that again, it does nothing. The first
 * time host colours are seen, the launcher and the panel stay hidden until that code has loaded
 * (a frame or a round trip), so no unreadable pair shows even briefly.
 */
export function applyTheme(host: HTMLElement, frame: PanelFrame, dark: boolean, applied?: string): string {
  // Every `--wallet-support-*` colour the host set, in one property (wallet-support.styles.ts).
  const colours = getComputedStyle(host).getPropertyValue('--_host-colours').trim();
  const key = dark + colours;
  if (key === applied) return key;
  const shown = [frame.launcher, frame.panel];
  for (const element of shown) element.classList.toggle('dark', dark);
  if (readable) readable(host, frame);
  else if (colours) {
    for (const element of shown) element.style.visibility = 'hidden';
    // Offline, the host's colours show as given (and the next change of theme tries again).
    void import('./internal/contrast.js')
      .then(
        (loaded) => (readable = loaded.readableTheme)(host, frame),
        () => undefined,
      )
      .finally(() => {
        for (const element of shown) element.style.removeProperty('visibility');
      });
  }
  return key;
}
