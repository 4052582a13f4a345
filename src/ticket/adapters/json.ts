import type { Ticket } from '../types.js';
import { field, idString, type TicketAdapter } from './types.js';

/**
 * The default: the ticket of DESIGN.md as it is. The endpoint answers 2xx with
 * `{ "reference": "..." }` or `{ "id": "..." }` (either is shown to the user as the reference).
 */
export const jsonAdapter: TicketAdapter = {
  body: (ticket: Ticket) => ticket,
  reference: (reply) => idString(field(reply, 'reference')) ?? idString(field(reply, 'id')),
};
