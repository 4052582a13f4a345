import { ticketAsText, ticketSubject } from '../../ticket/text.js';
import type { Ticket } from '../../ticket/types.js';

export { ticketAsText } from '../../ticket/text.js';

/** Mail clients cut long mailto URLs; the transcript, last in the text, is the part that goes. */
const MAX_BODY = 1800;

/** A `mailto:` link with the ticket as subject and body, for when delivery is not possible. */
export function mailtoLink(ticket: Ticket, address = ''): string {
  const subject = encodeURIComponent(ticketSubject(ticket));
  const body = encodeURIComponent(ticketAsText(ticket).slice(0, MAX_BODY));
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${subject}&body=${body}`;
}
