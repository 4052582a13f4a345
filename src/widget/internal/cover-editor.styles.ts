import { css } from 'lit';

/**
 * Styles of the cover editor (cover-editor.ts), adopted into the root it renders in. The `--_*`
 * colours are the widget's (wallet-support.styles.ts); the fallbacks are its light theme, for a
 * root outside the widget.
 */
export const coverEditorStyles = css`
  .cover-editor {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }

  .cover-editor-nudge {
    margin: 0;
    font-weight: 600;
  }

  /* As large as the image shown, which fits the panel's width and leaves the buttons in view. */
  .cover-editor-stage {
    position: relative;
    align-self: center;
    max-width: 100%;
    line-height: 0;
    cursor: crosshair;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }

  .cover-editor-stage img {
    display: block;
    max-width: 100%;
    max-height: 60vh;
  }

  .cover-editor-stage svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }

  .cover-editor-stage:focus-visible,
  .cover-editor-stage:has(:focus-visible) {
    outline: 3px solid var(--_accent, #1456d9);
    outline-offset: 2px;
  }

  .cover-editor .cover {
    fill: #000;
    outline: none;
  }

  /* The selected cover: a white dashed edge shows on black and on whatever is beside it. */
  .cover-editor .cover.selected,
  .cover-editor .cover.draft {
    stroke: #fff;
    stroke-width: 3px;
    stroke-dasharray: 6 4;
    vector-effect: non-scaling-stroke;
  }

  .cover-editor .cover.draft {
    fill-opacity: 0.6;
  }

  /* The keys are told to a screen reader always, and shown while the image has keyboard focus. */
  .cover-editor-keys {
    margin: 0;
    color: var(--_muted, #59616d);
    font-size: 13px;
  }

  .cover-editor .visually-hidden,
  .cover-editor-stage:not(:focus-visible, :has(:focus-visible)) + .cover-editor-keys {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .cover-editor-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .cover-editor-actions button {
    box-sizing: border-box;
    min-width: 44px;
    min-height: 44px;
    padding: 6px 14px;
    border: 1px solid var(--_accent, #1456d9);
    border-radius: 999px;
    background: var(--_surface, #fff);
    color: var(--_accent, #1456d9);
    font: inherit;
    cursor: pointer;
  }

  .cover-editor-actions .attach {
    margin-inline-start: auto;
    background: var(--_accent, #1456d9);
    color: var(--_accent-text, #fff);
    font-weight: 600;
  }

  .cover-editor-actions [aria-disabled='true'] {
    border-style: dashed;
    cursor: default;
  }

  .cover-editor-actions button:focus-visible {
    outline: 3px solid var(--_accent, #1456d9);
    outline-offset: 2px;
  }
`;
