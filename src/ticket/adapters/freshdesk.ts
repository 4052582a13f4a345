import { ticketAsText, ticketSubject } from '../text.js';
import type { Ticket } from '../types.js';
import { field, idString, type TicketAdapter } from './types.js';

/** Freshdesk's documented codes: status 2 = Open, priority 1 = Low, source 7 = Chat. */
const OPEN = 2;
const LOW = 1;
const CHAT = 7;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Freshdesk tickets API: `POST https://{domain}.freshdesk.com/api/v2/tickets` with
 * `{ subject, description (HTML), email | phone (+ name), status, priority, source, tags }`; the
 * reply is `201` with the ticket, whose `id` is the reference. Freshdesk needs an API key, which
 * must never be in a web page: point `ticket-endpoint` at the host's proxy that adds it.
 */
export const freshdeskAdapter: TicketAdapter = {
  body(ticket: Ticket) {
    const { email, phone } = ticket.contact ?? {};
    // Freshdesk needs a name with a phone number when no contact has that number yet.
    const requester = email ? { email } : phone ? { phone, name: phone } : {};
    return {
      subject: ticketSubject(ticket),
      description: `<pre>${escapeHtml(ticketAsText(ticket))}</pre>`,
      ...requester,
      status: OPEN,
      priority: LOW,
      source: CHAT,
      tags: ['wallet-support', ticket.problem, ticket.cause],
    };
  },
  reference: (reply) => idString(field(reply, 'id')),
};
