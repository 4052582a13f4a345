import { css } from 'lit';

/** Styles of the conversation, adopted into `<wallet-support>`'s shadow root when it loads. */
export const conversationStyles = css`
  wallet-support-conversation {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-height: 0;
  }

  .scroller {
    flex: 1;
    overflow-y: auto;
    padding: 12px;
    overscroll-behavior: contain;
  }

  .log {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }

  .message {
    display: flex;
  }

  .message.user {
    justify-content: flex-end;
  }

  .bubble {
    max-width: 85%;
    padding: 8px 12px;
    border-radius: 14px;
    overflow-wrap: anywhere;
  }

  .bot .bubble {
    background: var(--_bot-bubble);
    color: var(--_text);
    border-start-start-radius: 4px;
  }

  .user .bubble {
    background: var(--_accent);
    color: var(--_accent-text);
    border-start-end-radius: 4px;
    white-space: pre-wrap;
  }

  .bubble p {
    margin: 0 0 0.5em;
  }

  .bubble p:last-child,
  .bubble ol:last-child,
  .bubble ul:last-child {
    margin-bottom: 0;
  }

  .bubble ol,
  .bubble ul {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.3em;
  }

  .bubble a {
    color: inherit;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 4px 0;
  }

  .choices button,
  .time-picker button,
  .fallbacks button,
  .fallbacks a,
  .primary,
  .link {
    box-sizing: border-box;
    min-width: 44px;
    min-height: 44px;
    padding: 6px 12px;
    border-radius: 999px;
    font: inherit;
    cursor: pointer;
  }

  .choices button,
  .time-picker button,
  .fallbacks button {
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
  }

  @media (hover: hover) {
    .choices button:hover:not([disabled]) {
      background: var(--_choice-hover);
    }
  }

  .primary {
    border: none;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  .link {
    border: none;
    background: none;
    color: var(--_muted);
    text-decoration: underline;
  }

  button:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  input:focus-within,
  a:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .typing {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 0;
    color: var(--_muted);
    font-size: 13px;
  }

  .dots::before {
    content: '• • •';
    letter-spacing: 2px;
  }

  /* Four pulses (under 5 s, WCAG 2.2.2), and none at all for people who asked for less motion. */
  @media (prefers-reduced-motion: no-preference) {
    .dots::before {
      animation: wallet-support-pulse 1.2s ease-in-out 4;
    }
    @keyframes wallet-support-pulse {
      50% {
        opacity: 0.35;
      }
    }
  }

  .composer {
    display: flex;
    gap: 8px;
    padding: 10px 12px;
    border-top: 1px solid var(--_border);
  }

  /* Every text field: the answer box, the ticket form's fields, the date-time picker. */
  .composer textarea,
  .ticket-form input,
  .ticket-form textarea,
  .time-picker input {
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .composer textarea {
    flex: 1;
    min-height: 36px;
    max-height: 120px;
    padding: 8px 10px;
    resize: none;
  }

  textarea::placeholder,
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .footer {
    display: flex;
    justify-content: center;
    gap: 16px;
    padding: 2px 0 6px;
  }

  .ticket-form {
    display: grid;
    gap: 4px;
    margin-top: 8px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .ticket-title {
    margin: 0 0 4px;
    font-size: 16px;
  }

  .ticket-form label {
    margin-top: 6px;
    font-weight: 600;
    font-size: 14px;
  }

  .ticket-form input,
  .ticket-form textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 6px 8px;
  }

  .ticket-form [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .hint,
  .field-error {
    margin: 0;
    font-size: 13px;
    color: var(--_muted);
  }

  .field-error {
    color: var(--_danger);
  }

  .field-error:empty {
    display: none;
  }

  .preview {
    margin: 8px 0;
    font-size: 13px;
  }

  .preview summary {
    padding-block: 2px;
    line-height: 40px;
    cursor: pointer;
  }

  .preview h4 {
    margin: 8px 0 4px;
  }

  .preview dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 8px;
    margin: 4px 0;
  }

  .preview dt {
    font-weight: 600;
  }

  .preview dd {
    margin: 0;
  }

  .ticket-status {
    margin-top: 8px;
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--_bot-bubble);
  }

  .ticket-status p {
    margin: 0 0 6px;
  }

  .fallbacks {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px;
  }

  .fallbacks a {
    display: inline-flex;
    align-items: center;
    color: var(--_accent);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .time-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin: 4px 0;
    font-size: 14px;
  }

  .time-picker input {
    box-sizing: border-box;
    min-height: 44px;
    padding: 4px 8px;
  }

  .confirmed {
    font-weight: 600;
  }

  .confirmed::before {
    content: '✓ ' / '';
  }

  .rating p {
    flex-basis: 100%;
    margin: 8px 0 0;
  }

  /*
   * Said before anything else: a known incident on the status page, a payment reported before;
   * and the confirmation before "Delete my data" loses a ticket.
   */
  .incident,
  .notice {
    margin-bottom: 8px;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_danger);
    border-radius: 8px;
    background: var(--_bot-bubble);
  }

  .notice {
    border-inline-start-color: var(--_accent);
  }

  .incident h3,
  .incident p,
  .notice p {
    margin: 0 0 6px;
    font-size: 15px;
    overflow-wrap: anywhere;
  }

  .privacy-notice {
    margin: 0 0 8px;
    font-size: 13px;
  }

  .privacy-notice a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_muted);
  }
`;
