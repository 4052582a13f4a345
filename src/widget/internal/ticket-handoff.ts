import { deliverTicket, type DeliveryOptions } from '../../ticket/deliver.js';
import type { Ticket } from '../../ticket/types.js';
import { emit } from '../events.js';

export type TicketStatus =
  | { kind: 'sending' }
  | { kind: 'sent'; reference?: string }
  | { kind: 'handed-to-host' }
  | { kind: 'failed'; error: string };

/**
 * Hands a frozen ticket over: first to the host (a cancelable event: a host that calls
 * preventDefault() delivers it itself), then to the endpoint if there is one.
 */
export async function handOffTicket(
  target: EventTarget,
  ticket: Ticket,
  endpoint: string | undefined,
  onStatus: (status: TicketStatus) => void,
  options?: DeliveryOptions,
): Promise<void> {
  const hostTakesOver = !emit(target, 'wallet-support-ticket', { ticket }, { cancelable: true });
  if (hostTakesOver || !endpoint) {
    onStatus({ kind: 'handed-to-host' });
    return;
  }
  onStatus({ kind: 'sending' });
  const result = await deliverTicket(ticket, endpoint, options);
  if (result.ok) {
    onStatus({ kind: 'sent', reference: result.reference });
    emit(target, 'wallet-support-ticket-sent', { ticket, reference: result.reference });
  } else {
    onStatus({ kind: 'failed', error: result.error });
    emit(target, 'wallet-support-ticket-failed', { ticket, error: result.error });
  }
}
