import type { Ticket } from '../types.js';
import { freshdeskAdapter } from './freshdesk.js';
import { jsonAdapter } from './json.js';
import type { TicketAdapter, TicketFormat, TicketRequest } from './types.js';
import { zendeskAdapter } from './zendesk.js';

export { isTicketFormat, ticketFormats, type TicketFormat, type TicketRequest } from './types.js';

const adapters: Record<TicketFormat, TicketAdapter> = {
  json: jsonAdapter,
  zendesk: zendeskAdapter,
  freshdesk: freshdeskAdapter,
};

/**
 * Freezes the request for a ticket: serialized once, so every attempt (and every attempt after
 * a reload) sends the identical body under the same `Idempotency-Key` (reliability.md R3).
 */
export function requestFor(ticket: Ticket, url: string, format: TicketFormat = 'json'): TicketRequest {
  return {
    url,
    format,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': ticket.id },
    body: JSON.stringify(adapters[format].body(ticket)),
  };
}

export function referenceFrom(format: TicketFormat, reply: unknown): string | undefined {
  return adapters[format].reference(reply);
}
