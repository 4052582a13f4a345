import type { Ticket } from '../types.js';
import { field, idString, type TicketAdapter } from './types.js';

/**
 * The default: the Ticket of docs/contract.md as it is. The endpoint answers 2xx with
 * `{ "reference": "..." }` or `{ "id": "..." }` (either is shown to the user as the reference).
 * Uncapped: the host's own endpoint gets everything, unless it answered 413; then the outbox
 * shortens the ticket first (json-shrink.ts) and sends it as it is.
 */
export const jsonAdapter: TicketAdapter = {
  capped: false,
  body: (ticket: Ticket) => ticket,
  reference: (reply) => idString(field(reply, 'reference')) ?? idString(field(reply, 'id')),
};
