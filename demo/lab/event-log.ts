/**
 * The lab's record of every event `<wallet-support>` dispatched, newest first, each with a one-line
 * summary and its full detail.
 */
import { html } from 'lit';
import type { WalletSupportEventMap, WalletSupportEventName } from '../../src/widget/events.js';
import type { LabText } from './strings.js';

/** Every public event; `satisfies` makes the compiler flag an event added to the contract but not here. */
export const widgetEventNames = Object.keys({
  'wallet-support-open': true,
  'wallet-support-close': true,
  'wallet-support-step': true,
  'wallet-support-resolved': true,
  'wallet-support-rated': true,
  'wallet-support-ticket': true,
  'wallet-support-ticket-sent': true,
  'wallet-support-ticket-failed': true,
} satisfies Record<WalletSupportEventName, true>) as WalletSupportEventName[];

export interface LogEntry {
  id: number;
  at: Date;
  type: WalletSupportEventName;
  detail: unknown;
}

type Detail<K extends WalletSupportEventName> = WalletSupportEventMap[K]['detail'];

/** One line that tells the entries apart at a glance. */
export function summarize(entry: LogEntry): string {
  switch (entry.type) {
    case 'wallet-support-step': {
      const { problem, state } = entry.detail as Detail<'wallet-support-step'>;
      return problem ? `${problem} · ${state}` : state;
    }
    case 'wallet-support-resolved': {
      const { problem, cause } = entry.detail as Detail<'wallet-support-resolved'>;
      return `${problem} · ${cause}`;
    }
    case 'wallet-support-ticket':
    case 'wallet-support-ticket-sent': {
      const { ticket } = entry.detail as Detail<'wallet-support-ticket'>;
      return `${ticket.problem} · ${ticket.cause} · ${ticket.id.slice(0, 8)}`;
    }
    case 'wallet-support-ticket-failed': {
      const { ticket, error } = entry.detail as Detail<'wallet-support-ticket-failed'>;
      return `${ticket.id.slice(0, 8)} · ${error}`;
    }
    default:
      return '';
  }
}

function clock(date: Date): string {
  const pad = (value: number, size = 2) => String(value).padStart(size, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

export function eventLog(entries: readonly LogEntry[], text: LabText, onClear: () => void) {
  const t = text.log;
  return html`<section class="card log-card" aria-labelledby="log-heading">
    <header class="card-head">
      <h2 id="log-heading">${t.heading(entries.length)}</h2>
      <button type="button" class="quiet" @click=${onClear} ?disabled=${entries.length === 0}>${t.clear}</button>
    </header>
    ${
      entries.length === 0
        ? html`<p class="empty">${t.empty}</p>`
        : html`<ol class="event-log" reversed>
            ${entries.map(
              (entry) =>
                html`<li class="event" data-type=${entry.type}>
                  <details>
                    <summary>
                      <time datetime=${entry.at.toISOString()}>${clock(entry.at)}</time>
                      <code class="event-name">${entry.type.replace('wallet-support-', '')}</code>
                      <span class="event-summary">${summarize(entry)}</span>
                    </summary>
                    <pre class="json">${JSON.stringify(entry.detail, null, 2)}</pre>
                  </details>
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}
