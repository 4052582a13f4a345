import { html, nothing } from 'lit';
import type { Translation } from '../../i18n/index.js';
import type { Ticket } from '../../ticket/types.js';
import { mailtoLink } from './mailto.js';
import type { TicketStatus, TrackedTicket } from './ticket-handoff.js';

export interface TicketStatusActions {
  /** The ticket whose "Copied" hint shows. */
  copied?: string;
  copy(ticket: Ticket): void;
  dismiss(id: string): void;
}

/**
 * Where each ticket stands, with the fallbacks ("Copy ticket", e-mail) always at hand: at once
 * for a ticket a reload would lose, and for a refused one, whose notice can also be dismissed.
 */
export function renderTicketStatuses(tickets: TrackedTicket[], t: Translation['ticket'], actions: TicketStatusActions) {
  return tickets.map(
    ({ ticket, status }) =>
      html`<div class="ticket-status" role="status" tabindex="-1" data-ticket=${ticket.id}>
        <p>${ticketStatusText(status, t)}</p>
        ${actions.copied === ticket.id ? html`<p class="hint">${t.copied}</p>` : nothing}
        <div class="fallbacks">
          <button type="button" @click=${() => actions.copy(ticket)}>${t.copy}</button>
          <a href=${mailtoLink(ticket)}>${t.email}</a>
          ${status.kind === 'failed' ? html`<button type="button" @click=${() => actions.dismiss(ticket.id)}>${t.dismiss}</button>` : nothing}
        </div>
      </div>`,
  );
}

export function ticketStatusText(status: TicketStatus, t: Translation['ticket']): string {
  switch (status.kind) {
    case 'sending':
    case 'queued':
      // Until it is delivered, the one thing to know about a ticket a reload would lose.
      if (!status.durable) return t.notSaved;
      if (status.kind === 'sending') return t.sending;
      return status.offline ? t.queuedOffline : t.queuedRetry;
    case 'sent':
      return status.earlier ? t.sentEarlier(status.reference) : t.sent(status.reference);
    case 'handed-to-host':
      return t.handedToHost;
    case 'failed':
      return t.failed(status.error);
  }
}
