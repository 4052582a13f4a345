/**
 * The demo pages' language: Chinese or English, chosen with a switch in each page's header and
 * remembered across the three pages. `?lang=en` in the address wins, so a link can fix it.
 */
import { html } from 'lit';

export const pageLocales = ['zh-CN', 'en'] as const;
export type PageLocale = (typeof pageLocales)[number];

const storageKey = 'wallet-support-demo:lang';

function isPageLocale(value: unknown): value is PageLocale {
  return typeof value === 'string' && (pageLocales as readonly string[]).includes(value);
}

function stored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function initialPageLocale(): PageLocale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isPageLocale(asked)) return asked;
  const remembered = stored();
  if (isPageLocale(remembered)) return remembered;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Applies a language to the document and remembers it for the other demo pages. */
export function applyPageLocale(locale: PageLocale): void {
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', locale);
    history.replaceState(history.state, '', url);
  }
}

/**
 * Shows a host page (the checkout, the help centre) and its widget in `locale`. An open
 * conversation starts over in the new language; the host's context, held in the element's
 * properties, is kept.
 */
export function showHostPageIn(
  locale: PageLocale,
  widget: HTMLElementTagNameMap['wallet-support'],
  title: string,
): void {
  const changed = widget.lang !== locale;
  applyPageLocale(locale);
  widget.lang = locale;
  document.title = title;
  if (changed && widget.open) void widget.reset();
}

const names: Record<PageLocale, string> = { 'zh-CN': '中文', en: 'English' };

/** Two toggle buttons, each named in its own language so anyone can find theirs. */
export function languageSwitch(current: PageLocale, label: string, onPick: (locale: PageLocale) => void) {
  return html`<div class="language-switch" role="group" aria-label=${label}>
    ${pageLocales.map(
      (locale) =>
        html`<button
          type="button"
          lang=${locale}
          aria-pressed=${locale === current ? 'true' : 'false'}
          @click=${() => locale !== current && onPick(locale)}
        >
          ${names[locale]}
        </button>`,
    )}
  </div>`;
}
