import type { Ticket } from '../types.js';
import { shortenTranscript, SHRUNK_JSON_MAX_BYTES, utf8Length } from './cap.js';
import { field, idString, type TicketAdapter } from './types.js';

/**
 * The default: the Ticket of docs/contract.md as it is. The endpoint answers 2xx with
 * `{ "reference": "..." }` or `{ "id": "..." }` (either is shown to the user as the reference).
 * Uncapped: the host's own endpoint gets everything, unless it answered 413, in which case the
 * transcript is shortened to fit {@link SHRUNK_JSON_MAX_BYTES}.
 */
export const jsonAdapter: TicketAdapter = {
  capped: false,
  body: (ticket: Ticket, options = {}) =>
    options.shrink ? shortenTranscript(ticket, (short) => utf8Length(JSON.stringify(short)) <= SHRUNK_JSON_MAX_BYTES) : ticket,
  reference: (reply) => idString(field(reply, 'reference')) ?? idString(field(reply, 'id')),
};
