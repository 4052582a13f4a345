import { ticketAsText, ticketSubject } from '../text.js';
import type { Ticket } from '../types.js';
import { clipText, shortenTranscript, utf8Length, ZENDESK_COMMENT_MAX_BYTES } from './cap.js';
import { field, idString, type TicketAdapter } from './types.js';

const fits = (text: string) => utf8Length(text) <= ZENDESK_COMMENT_MAX_BYTES;

/**
 * Zendesk Requests API, anonymous request: `POST https://{subdomain}.zendesk.com/api/v2/requests.json`
 * with `{ request: { requester: { name, email }, subject, comment: { body } } }` and no
 * credentials (the account must allow anyone to submit tickets). The reply is
 * `201 { request: { id, ... } }`. Zendesk has no field for our ticket's structure, so the comment
 * carries the whole ticket as text; a phone-only contact goes in the comment too. The comment is
 * kept within {@link ZENDESK_COMMENT_MAX_BYTES}.
 */
export const zendeskAdapter: TicketAdapter = {
  capped: true,
  body(ticket: Ticket) {
    const { email, phone } = ticket.contact ?? {};
    return {
      request: {
        requester: { name: email ?? phone ?? 'Wallet support user', ...(email ? { email } : {}) },
        subject: ticketSubject(ticket),
        comment: { body: commentBody(ticket) },
      },
    };
  },
  reference: (reply) => idString(field(field(reply, 'request'), 'id')),
};

function commentBody(ticket: Ticket): string {
  const text = ticketAsText(shortenTranscript(ticket, (short) => fits(ticketAsText(short))));
  return clipText(text, ZENDESK_COMMENT_MAX_BYTES);
}
