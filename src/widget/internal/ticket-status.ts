import { html, nothing } from 'lit';
import type { Translation } from '../../i18n/index.js';
import type { Ticket } from '../../ticket/types.js';
import { mailtoLink } from './mailto.js';

/** "Copy ticket" shows only in a status, so its text comes with them (internal/courier-loader.ts). */
export { ticketAsText } from './mailto.js';
import type { TrackedTicket } from './ticket-handoff.js';

export interface TicketStatusActions {
  /** The ticket whose "Copied" hint shows. */
  copied?: string;
  /** How soon support replies (`reply-within`), in words: "1 day". */
  replyWithin?: string;
  copy(ticket: Ticket): void;
  dismiss(id: string): void;
}

/**
 * Where each ticket stands. A ticket this conversation filed that reached support gets its
 * confirmation: the reference, where the answer will go and, when the page says, how soon. Until
 * then the fallbacks ("Copy ticket", e-mail) are at hand: at once for a ticket a reload would
 * lose, and for a refused one, whose notice can also be dismissed.
 */
export function renderTicketStatuses(tickets: TrackedTicket[], t: Translation['ticket'], actions: TicketStatusActions) {
  return tickets.map((tracked) => {
    const { ticket, status, filedHere } = tracked;
    const delivered = status.kind === 'sent' || (status.kind === 'with-host' && !status.unconfirmed);
    return html`<div class="ticket-status" role="status" tabindex="-1" data-ticket=${ticket.id}>
      ${
        filedHere && delivered
          ? renderConfirmation(tracked, t, actions.replyWithin)
          : html`<p>${ticketStatusText(status, t)}</p>`
      }
      ${actions.copied === ticket.id ? html`<p class="hint">${t.copied}</p>` : nothing}
      ${
        delivered
          ? nothing
          : html`<div class="fallbacks">
              <button type="button" @click=${() => actions.copy(ticket)}>${t.copy}</button>
              <a href=${mailtoLink(ticket)}>${t.email}</a>
              ${
                status.kind === 'rejected'
                  ? html`<button type="button" @click=${() => actions.dismiss(ticket.id)}>${t.dismiss}</button>`
                  : nothing
              }
            </div>`
      }
    </div>`;
  });
}

/** Sent: with its reference (from the endpoint, or the host's `acknowledgeTicket`). Handed to the host: until it acknowledges. */
function renderConfirmation({ ticket, status }: TrackedTicket, t: Translation['ticket'], replyWithin?: string) {
  const reference = status.kind === 'sent' ? status.reference : undefined;
  const contact = ticket.contact?.email ?? ticket.contact?.phone;
  return html`<p class="confirmed">${status.kind === 'sent' ? t.confirmed : t.handedToHost}</p>
    ${reference ? html`<p>${t.reference(reference)}</p>` : nothing}
    ${contact ? html`<p>${t.replyTo(contact, replyWithin)}</p>` : nothing}`;
}

/** What the person reads of a ticket on its way, refused, or delivered from an earlier page. */
function ticketStatusText(status: TrackedTicket['status'], t: Translation['ticket']): string {
  switch (status.kind) {
    case 'sending':
    case 'queued':
      // Until it is delivered, the one thing to know about a ticket a reload would lose.
      if (!status.durable) return t.notSaved;
      if (status.kind === 'sending') return t.sending;
      return status.offline ? t.queuedOffline : t.queuedRetry;
    case 'sent':
      return t.sentEarlier(status.reference);
    case 'with-host':
      return t.handedToHost;
    case 'rejected':
      return t.failed(status.error);
  }
}
