import { css } from 'lit';

/**
 * Styles of the always-loaded part: the launcher and the panel frame. Inherited properties are
 * reset on :host so hostile host CSS (body { color: white; line-height: 3 }) cannot reach in.
 */
export const walletSupportStyles = css`
  :host {
    --_accent: var(--wallet-support-accent, #1456d9);
    --_accent-text: var(--wallet-support-accent-text, #ffffff);
    --_surface: var(--wallet-support-surface, #ffffff);
    --_text: var(--wallet-support-text, #1f2329);
    --_muted: var(--wallet-support-muted, #59616d);
    --_border: var(--wallet-support-border, #d0d5dd);
    --_radius: var(--wallet-support-radius, 12px);
    --_font: var(--wallet-support-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_z: var(--wallet-support-z-index, 2147483000);
    --_inset-block: var(--wallet-support-inset-block, 20px);
    --_inset-inline: var(--wallet-support-inset-inline, 20px);
    all: initial;
    display: contents;
    color: var(--_text);
    font-family: var(--_font);
    font-size: 15px;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
  }

  [hidden] {
    display: none !important;
  }

  .launcher {
    position: fixed;
    inset-block-end: var(--_inset-block);
    inset-inline-end: var(--_inset-inline);
    z-index: var(--_z);
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 48px;
    padding: 0 20px;
    border: none;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font: 600 15px/1 var(--_font);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    cursor: pointer;
  }

  .launcher:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .launcher:focus-visible {
    outline-color: var(--_text);
  }

  .panel {
    position: fixed;
    inset-block-end: calc(var(--_inset-block) + 60px);
    inset-inline-end: var(--_inset-inline);
    z-index: var(--_z);
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: min(400px, calc(100vw - 2 * var(--_inset-inline)));
    height: min(620px, calc(100vh - var(--_inset-block) - 80px));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
    overflow: hidden;
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 10px 12px 10px 16px;
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .title {
    margin: 0;
    font-size: 16px;
    font-weight: 600;
  }

  .header button {
    min-width: 32px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid currentColor;
    border-radius: 8px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
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

  /* Small screens, 200% zoom and 320px reflow: the panel takes the whole viewport. */
  @media (max-width: 480px), (max-height: 480px) {
    .panel {
      inset: 0;
      width: 100vw;
      height: 100vh;
      border-radius: 0;
      border: none;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: rise 160ms ease-out;
    }
    @keyframes rise {
      from {
        opacity: 0;
        transform: translateY(8px);
      }
    }
  }
`;
