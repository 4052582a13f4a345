/** The last ticket the widget handed over, as formatted JSON with copy and download. */
import { html, nothing } from 'lit';
import type { Ticket } from '../../src/ticket/types.js';
import type { LabText } from './strings.js';

export type CopyState = 'copied' | 'failed' | undefined;

export function ticketJson(ticket: Ticket): string {
  return `${JSON.stringify(ticket, null, 2)}\n`;
}

export function ticketFileName(ticket: Ticket): string {
  return `ticket-${ticket.problem}-${ticket.id.slice(0, 8)}.json`;
}

export function ticketView(
  ticket: Ticket | undefined,
  text: LabText,
  copyState: CopyState,
  handlers: { copy: () => void; download: () => void },
) {
  const t = text.ticket;
  return html`<section class="card ticket-card" aria-labelledby="ticket-heading">
    <header class="card-head">
      <h2 id="ticket-heading">${t.heading}</h2>
      <div class="actions">
        <button type="button" class="quiet" ?disabled=${!ticket} @click=${handlers.copy}>${t.copy}</button>
        <button type="button" class="quiet" ?disabled=${!ticket} @click=${handlers.download}>${t.download}</button>
      </div>
    </header>
    <p class="status" role="status">
      ${copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : nothing}
    </p>
    ${
      ticket
        ? html`<pre class="json ticket-json" tabindex="0" aria-label=${t.heading}>${ticketJson(ticket)}</pre>`
        : html`<p class="empty">${t.empty}</p>`
    }
  </section>`;
}
