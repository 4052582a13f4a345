import type { Ticket } from '../../ticket/types.js';

/** A readable plain-text version of a ticket, for "Copy ticket" and the e-mail fallback. */
export function ticketAsText(ticket: Ticket): string {
  const lines = [
    `Ticket ${ticket.id}`,
    `Problem: ${ticket.problem} (${ticket.cause})`,
    ticket.occurredAt && `Time: ${ticket.occurredAt}`,
    ticket.amount && `Amount: ${ticket.amount.value} ${ticket.amount.currency}`,
    ticket.errorCode && `Error code: ${ticket.errorCode}`,
    ticket.errorMessage && `Error message: ${ticket.errorMessage}`,
    ticket.merchant && `Merchant: ${ticket.merchant}`,
    ticket.orderId && `Order: ${ticket.orderId}`,
    ticket.stepsTried.length > 0 && `Steps tried: ${ticket.stepsTried.join('; ')}`,
    ticket.description && `Description: ${ticket.description}`,
    '',
    ...ticket.transcript.map((line) => `[${line.at}] ${line.from}: ${line.text}`),
  ];
  return lines.filter((line): line is string => typeof line === 'string').join('\n');
}

export function mailtoLink(ticket: Ticket, address = ''): string {
  const subject = encodeURIComponent(`Support ticket ${ticket.id}`);
  // Mail clients cut long mailto URLs; the transcript is the part that can be left out.
  const body = encodeURIComponent(ticketAsText(ticket).slice(0, 1800));
  return `mailto:${address}?subject=${subject}&body=${body}`;
}
