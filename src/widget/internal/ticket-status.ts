import { html, nothing } from 'lit';
import type { Translation } from '../../i18n/index.js';
import type { Ticket } from '../../ticket/types.js';
import { mailtoLink } from './mailto.js';
import type { TrackedTicket } from './ticket-handoff.js';

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
    ({ ticket, status, filedHere }) =>
      html`<div class="ticket-status" role="status" tabindex="-1" data-ticket=${ticket.id}>
        <p>${ticketStatusText(status, filedHere, t)}</p>
        ${actions.copied === ticket.id ? html`<p class="hint">${t.copied}</p>` : nothing}
        <div class="fallbacks">
          <button type="button" @click=${() => actions.copy(ticket)}>${t.copy}</button>
          <a href=${mailtoLink(ticket)}>${t.email}</a>
          ${status.kind === 'rejected' ? html`<button type="button" @click=${() => actions.dismiss(ticket.id)}>${t.dismiss}</button>` : nothing}
        </div>
      </div>`,
  );
}

/** What the person reads; `filedHere` tells a delivery of this page's ticket from one of an earlier page's. */
function ticketStatusText(status: TrackedTicket['status'], filedHere: boolean, t: Translation['ticket']): string {
  switch (status.kind) {
    case 'sending':
    case 'queued':
      // Until it is delivered, the one thing to know about a ticket a reload would lose.
      if (!status.durable) return t.notSaved;
      if (status.kind === 'sending') return t.sending;
      return status.offline ? t.queuedOffline : t.queuedRetry;
    case 'sent':
      return filedHere ? t.sent(status.reference) : t.sentEarlier(status.reference);
    case 'with-host':
      return t.handedToHost;
    case 'rejected':
      return t.failed(status.error);
  }
}
