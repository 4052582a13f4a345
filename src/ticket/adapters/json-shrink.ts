import type { Ticket } from '../types.js';
import { shortenTranscript, SHRUNK_JSON_MAX_BYTES, utf8Length } from './cap.js';

/**
 * The JSON ticket within {@link SHRUNK_JSON_MAX_BYTES}, for an endpoint that answered 413: runs of
 * the same refused answer collapsed, the transcript cut from the middle (docs/reliability.md R3,
 * R9). Loaded only then: most endpoints take the whole ticket.
 */
export function shrinkJsonTicket(ticket: Ticket): Ticket {
  return shortenTranscript(ticket, (short) => utf8Length(JSON.stringify(short)) <= SHRUNK_JSON_MAX_BYTES);
}
