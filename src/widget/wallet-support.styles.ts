import { css } from '@lit/reactive-element';

/*
 * Theme defaults sit behind the public `--wallet-support-*` custom properties, so a host sets only
 * what it wants to change. Every default pair keeps text at 4.5:1 or more (test/browser/a11y); with
 * a host's colours, wallet-support.theme.ts overrides the `--_*` it has to, inline on the launcher
 * and the panel, to keep them so (test/browser/theme.test.ts).
 */
const darkTheme = css`
  --_accent: var(--wallet-support-accent, #8ab4f8);
  --_accent-text: var(--wallet-support-accent-text, #0b1a33);
  --_surface: var(--wallet-support-surface, #1b1f24);
  --_text: var(--wallet-support-text, #e8eaed);
  --_muted: var(--wallet-support-muted, #aab2bd);
  --_border: var(--wallet-support-border, #79828f);
  --_bot-bubble: var(--wallet-support-bot-bubble, #2b313a);
  --_choice-hover: var(--wallet-support-choice-hover, #22324a);
  --_danger: var(--wallet-support-danger, #ff8a80);
  --_scheme: dark;
`;

/**
 * Styles of the always-loaded part: the launcher and the panel frame. The launcher and the panel
 * set every inherited property themselves: a host rule such as `* { all: unset }` or
 * `body { color: white; line-height: 3 }` beats `:host` (outer styles win), but cannot select
 * elements inside the shadow root.
 */
export const walletSupportStyles = css`
  :host {
    --_accent: var(--wallet-support-accent, #1456d9);
    --_accent-text: var(--wallet-support-accent-text, #fff);
    --_surface: var(--wallet-support-surface, #fff);
    --_text: var(--wallet-support-text, #1f2329);
    --_muted: var(--wallet-support-muted, #59616d);
    --_border: var(--wallet-support-border, #7b8494);
    --_bot-bubble: var(--wallet-support-bot-bubble, #eef1f5);
    --_choice-hover: var(--wallet-support-choice-hover, #e8effc);
    --_danger: var(--wallet-support-danger, #b42318);
    --_scheme: light;
    /* The colours the host set, if any (empty otherwise): the launcher then loads what keeps them readable. */
    --_host-colours: var(--wallet-support-accent,) var(--wallet-support-accent-text,) var(--wallet-support-surface,)
      var(--wallet-support-text,) var(--wallet-support-muted,) var(--wallet-support-border,)
      var(--wallet-support-bot-bubble,) var(--wallet-support-choice-hover,) var(--wallet-support-danger,);
    --_radius: var(--wallet-support-radius, 12px);
    --_font: var(
      --wallet-support-font,
      system-ui,
      -apple-system,
      'PingFang SC',
      'PingFang TC',
      'Microsoft YaHei',
      'Microsoft JhengHei',
      sans-serif
    );
    --_z: var(--wallet-support-z-index, 2147483000);
    --_inset-block: var(--wallet-support-inset-block, 20px);
    --_inset-inline: var(--wallet-support-inset-inline, 20px);
    all: initial;
    display: contents;
  }

  /* The launcher and the panel in the dark theme (the attribute, else the page and the user: wallet-support.theme.ts). */
  .dark {
    ${darkTheme}
  }

  [hidden] {
    display: none !important;
  }

  .launcher,
  .panel {
    color-scheme: var(--_scheme);
    color: var(--_text);
    font-family: var(--_font);
    font-size: 15px;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
  }

  .launcher {
    position: fixed;
    inset-block-end: var(--_inset-block);
    inset-inline-end: var(--_inset-inline);
    z-index: var(--_z);
    display: inline-flex;
    align-items: center;
    gap: 8px;
    box-sizing: border-box;
    min-height: 48px;
    margin: 0;
    padding: 0 20px;
    border: none;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    line-height: 1;
    box-shadow: 0 4px 16px #0003;
    cursor: pointer;
  }

  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* The launcher sits on the host page: its ring has the text colour, which suits the page's scheme. */
  .launcher:focus-visible {
    outline-color: var(--_text);
  }

  .panel {
    position: fixed;
    inset: auto;
    inset-block-end: calc(var(--_inset-block) + 60px);
    inset-inline-end: var(--_inset-inline);
    z-index: var(--_z);
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: min(400px, calc(100vw - 2 * var(--_inset-inline)));
    max-width: none;
    height: min(620px, calc(100vh - var(--_inset-block) - 80px));
    max-height: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 12px 40px #0004;
    overflow: hidden;
  }

  .panel::backdrop {
    background: #0006;
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 4px 8px 4px 16px;
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .title {
    margin: 0;
    font-size: 16px;
    font-weight: 600;
  }

  /* Every control takes a fingertip: 44×44 CSS px (WCAG 2.5.5), on every screen. */
  .header button,
  .loading button {
    min-height: 44px;
    padding: 4px 10px;
    border: 1px solid currentColor;
    font: inherit;
    cursor: pointer;
  }

  .header button {
    min-width: 44px;
    border-radius: 8px;
    background: transparent;
    color: inherit;
  }

  .header button:focus-visible {
    outline-color: var(--_accent-text);
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-height: 0;
  }

  .loading {
    padding: 16px;
    color: var(--_muted);
  }

  .loading button {
    margin-inline-start: 8px;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
  }

  /*
   * Small screens, 200% zoom (a 1280px window is 640 CSS px wide) and 320px reflow: the panel
   * takes the whole viewport (and is opened as a modal dialog, see wallet-support.ts).
   */
  @media (max-width: 640px), (max-height: 480px) {
    .panel {
      inset: 0;
      width: 100%;
      height: 100%;
      border: none;
      border-radius: 0;
    }
  }

  /*
   * A phone held upright: a bottom sheet, so what the page says above it (a checkout's decline)
   * stays in view, and clear of the home indicator. Nothing is hidden behind it, so like the
   * floating panel it is not modal and has no backdrop. Where dvh is unknown: full-screen.
   */
  @media (max-width: 640px) and (min-height: 660px) {
    .panel {
      inset: auto 0 0;
      height: 70dvh;
      padding-bottom: env(safe-area-inset-bottom);
      border-top: 1px solid var(--_border);
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: wallet-support-rise 160ms ease-out;
    }
    @keyframes wallet-support-rise {
      from {
        opacity: 0;
        transform: translateY(8px);
      }
    }
  }
`;

/** The media query under which the panel is full-screen (not a bottom sheet), and therefore modal. */
export const fullScreenQuery = '(width <= 640px) and (height < 660px), (height <= 480px)';
