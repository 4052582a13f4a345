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
 * `shrink`: the endpoint answered 413 to the uncapped body. That answer created nothing, so the
 * capped body goes under the same key (the ticket's id, which the contract makes the key).
 */
export function requestFor(ticket: Ticket, url: string, format: TicketFormat = 'json', options: { shrink?: boolean } = {}): TicketRequest {
  const adapter = adapters[format];
  return {
    url,
    format,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': ticket.id },
    body: JSON.stringify(adapter.body(ticket, options)),
    capped: adapter.capped || options.shrink === true,
  };
}

export function referenceFrom(format: TicketFormat, reply: unknown): string | undefined {
  return adapters[format].reference(reply);
}
