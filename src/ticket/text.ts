import type { Ticket } from './types.js';

/** One line summing a ticket up: the subject of an e-mail or a help-desk ticket. */
export function ticketSubject(ticket: Ticket): string {
  const amount = ticket.amount ? ` ${ticket.amount.value} ${ticket.amount.currency}` : '';
  return `Wallet support: ${ticket.problem} (${ticket.cause})${amount}`;
}

/**
 * A readable plain-text version of a ticket: what "Copy ticket", the e-mail fallback and the
 * help-desk adapters send. Every field of the ticket is in it, so nothing is lost on the way.
 */
export function ticketAsText(ticket: Ticket): string {
  const contact = ticket.contact?.email ?? ticket.contact?.phone;
  const lines = [
    `Ticket ${ticket.id}`,
    `Created: ${ticket.createdAt}`,
    `Problem: ${ticket.problem} (${ticket.cause})`,
    ticket.occurredAt && `Time: ${ticket.occurredAt}`,
    ticket.amount && `Amount: ${ticket.amount.value} ${ticket.amount.currency}`,
    ticket.errorCode && `Error code: ${ticket.errorCode}`,
    ticket.errorMessage && `Error message: ${ticket.errorMessage}`,
    ticket.merchant && `Merchant: ${ticket.merchant}`,
    ticket.orderId && `Order: ${ticket.orderId}`,
    ticket.paymentMethod && `Paid with: ${ticket.paymentMethod}`,
    ticket.notRemembered && `Not remembered: ${ticket.notRemembered.join(', ')}`,
    ticket.cardLast4 && `Card: •••• ${ticket.cardLast4}`,
    contact && `Contact: ${contact}`,
    ticket.stepsTried.length > 0 && `Steps tried: ${ticket.stepsTried.join('; ')}`,
    ticket.description && `Description: ${ticket.description}`,
    ticket.followUpOf && `Follow-up of: ${ticket.followUpOf}`,
    ticket.incident && `Known incident: ${ticket.incident.name} (${ticket.incident.id})`,
    `Page: ${ticket.page.url}`,
    `Browser: ${ticket.page.userAgent}`,
    `Language: ${ticket.locale}`,
    '',
    ...ticket.transcript.map((line) => `[${line.at}] ${line.from}: ${line.text}`),
  ];
  return lines.filter((line): line is string => typeof line === 'string').join('\n');
}
