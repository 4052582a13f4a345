/**
 * The error sandbox's styles, carried by its own template so the panel needs no edit of the
 * shared lab.css; built on the demo's tokens and classes (site.css: .card, .field, .chip).
 */
import { html } from 'lit';

export const errorSandboxStyles = html`<style>
  /* State names and codes are long single words: let them break rather than widen a phone's page. */
  .error-sandbox {
    overflow-wrap: anywhere;
  }
  .error-sandbox h3 {
    margin: 14px 0 6px;
    font-size: 14px;
  }
  .sandbox-inputs {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 10px 14px;
  }
  @media (max-width: 700px) {
    .sandbox-inputs {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The fields look like every demo field (site.css .field); a pasted message may need more lines. */
  .sandbox-inputs textarea,
  .sandbox-inputs input {
    line-height: 1.4;
  }
  .sandbox-inputs textarea {
    resize: vertical;
  }
  .sandbox-inputs .hint {
    font-weight: 400;
    color: var(--ink-faint);
  }
  .sandbox-examples {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin: 10px 0 4px;
    font-size: 13px;
    color: var(--ink-faint);
  }
  .sandbox-verdict {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 4px 12px;
    margin: 12px 0 0;
  }
  .sandbox-verdict dt {
    font-weight: 600;
    color: var(--ink-soft);
  }
  .sandbox-verdict dd {
    margin: 0;
  }
  .sandbox-echo {
    margin: 0;
    padding: 8px 10px;
    border-radius: 8px;
    background: var(--canvas);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .sandbox-echo mark {
    padding: 0 2px;
    border-radius: 3px;
    background: var(--warn-soft);
    color: inherit;
    box-shadow: inset 0 -2px 0 var(--warn);
  }
  .sandbox-echo .masked {
    color: var(--ink-faint);
  }
  .sandbox-hints {
    display: grid;
    gap: 4px;
    margin: 8px 0 0;
    padding-inline-start: 20px;
    font-size: 13px;
  }
  .sandbox-hints li span + span {
    margin-inline-start: 6px;
  }
  .sandbox-hints .badge {
    margin-inline-start: 6px;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--good-soft);
    color: var(--good);
    font-size: 12px;
  }
  .sandbox-routes {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }
  .sandbox-routes th,
  .sandbox-routes td {
    padding: 5px 8px;
    border-bottom: 1px solid var(--line);
    text-align: start;
    vertical-align: top;
  }
  .sandbox-routes tbody th {
    font-family: var(--mono);
    font-weight: 500;
  }
  .sandbox-routes tbody tr[data-problem=''] th {
    font-family: inherit;
  }
  .sandbox-routes tr[data-kind='no-route'] td,
  .sandbox-routes tr[data-kind='not-recognised'] td,
  .sandbox-routes tr[data-kind='triage-list'] td {
    color: var(--warn);
  }
  .sandbox-gaps ul {
    margin: 0;
    padding-inline-start: 20px;
    font-size: 13px;
  }
  .sandbox-gaps li[data-unrouted]:not([data-unrouted='0']):not([data-unrouted='']) {
    color: var(--bad);
  }
</style>`;
