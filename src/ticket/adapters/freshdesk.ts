import { ticketAsText, ticketSubject } from '../text.js';
import type { Ticket } from '../types.js';
import { clipText, FRESHDESK_DESCRIPTION_MAX_BYTES, shortenTranscript, utf8Length } from './cap.js';
import { field, idString, type TicketAdapter } from './types.js';

/** Freshdesk's documented codes: status 2 = Open, priority 1 = Low, source 7 = Chat. */
const OPEN = 2;
const LOW = 1;
const CHAT = 7;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const asHtml = (text: string) => `<pre>${escapeHtml(text)}</pre>`;
/** Measured as sent: escaping makes `<` five bytes. */
const htmlLength = (text: string) => utf8Length(asHtml(text));

function description(ticket: Ticket): string {
  const short = shortenTranscript(
    ticket,
    (candidate) => htmlLength(ticketAsText(candidate)) <= FRESHDESK_DESCRIPTION_MAX_BYTES,
  );
  return asHtml(clipText(ticketAsText(short), FRESHDESK_DESCRIPTION_MAX_BYTES, htmlLength));
}

/**
 * Freshdesk tickets API: `POST https://{domain}.freshdesk.com/api/v2/tickets` with
 * `{ subject, description (HTML), email | phone (+ name), status, priority, source, tags }`; the
 * reply is `201` with the ticket, whose `id` is the reference. Freshdesk needs an API key, which
 * must never be in a web page: point `ticket-endpoint` at the host's proxy that adds it. The
 * description is kept within {@link FRESHDESK_DESCRIPTION_MAX_BYTES}.
 */
export const freshdeskAdapter: TicketAdapter = {
  capped: true,
  body(ticket: Ticket) {
    const { email, phone } = ticket.contact ?? {};
    // Freshdesk needs a name with a phone number when no contact has that number yet.
    const requester = email ? { email } : phone ? { phone, name: phone } : {};
    return {
      subject: ticketSubject(ticket),
      description: description(ticket),
      ...requester,
      status: OPEN,
      priority: LOW,
      source: CHAT,
      tags: ['wallet-support', ticket.problem, ticket.cause],
    };
  },
  reference: (reply) => idString(field(reply, 'id')),
};
