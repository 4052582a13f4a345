/** A few line icons for the demo pages (24×24, stroked with the current colour). Decorative only. */
import { svg, html } from 'lit';

const paths = {
  bean: svg`<ellipse cx="12" cy="12" rx="6.5" ry="9" transform="rotate(35 12 12)" /><path d="M8.5 18.5c1-4 6-8 7-13" />`,
  cup: svg`<path d="M4 9h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5z" /><path d="M16 10h1.5a2.5 2.5 0 0 1 0 5H16" /><path d="M8 3v3M12 3v3" />`,
  lock: svg`<rect x="5" y="11" width="14" height="9" rx="2" /><path d="M8 11V8a4 4 0 0 1 8 0v3" />`,
  wallet: svg`<path d="M4 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a1 1 0 0 1-1-1z" /><path d="M4 7l11-3v3" /><circle cx="16" cy="13.5" r="1.2" />`,
  card: svg`<rect x="3" y="6" width="18" height="13" rx="2" /><path d="M3 10h18M7 15h4" />`,
  alert: svg`<circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.3v.2" />`,
  search: svg`<circle cx="11" cy="11" r="6.5" /><path d="M16 16l4.5 4.5" />`,
  link: svg`<rect x="3" y="6" width="18" height="13" rx="2" /><path d="M3 10h18" /><path d="M15 15.5h4M17 13.5v4" />`,
  activate: svg`<circle cx="12" cy="8.5" r="3.5" /><path d="M5 20a7 7 0 0 1 14 0" /><path d="M16.5 4.5l1.5 1.5 3-3" />`,
  topup: svg`<rect x="3" y="9" width="18" height="11" rx="2" /><path d="M12 3v9M8.5 6.5L12 3l3.5 3.5" />`,
  bank: svg`<path d="M3 9l9-5 9 5z" /><path d="M5 10v7M9.7 10v7M14.3 10v7M19 10v7M3 20h18" />`,
  missing: svg`<circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.4M12 16.8v.2" />`,
  payment: svg`<rect x="3" y="6" width="18" height="13" rx="2" /><path d="M3 10h18" /><path d="M15 14l4 4M19 14l-4 4" />`,
  chat: svg`<path d="M4 5h16v11H9l-5 4z" /><path d="M8 9h8M8 12h5" />`,
  shield: svg`<path d="M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6z" /><path d="M9 12l2 2 4-4" />`,
} as const;

export type IconName = keyof typeof paths;

export function icon(name: IconName) {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths[name]}
  </svg>`;
}
