/**
 * Where a ticket stands: the one vocabulary the outbox reports in (ticket/outbox.ts), the courier
 * keeps (widget/internal/ticket-handoff.ts) and the view shows (widget/internal/ticket-status.ts).
 * One set of words from storage to screen, so no layer translates another's and none can drift.
 */
export type TicketState =
  /**
   * An attempt is under way. `durable`: a reload would find the ticket; false means only this
   * page's memory holds it, and the person is told so at once (docs/reliability.md R2, R8).
   */
  | { kind: 'sending'; durable: boolean }
  /**
   * In the outbox, waiting for its next attempt. `offline`: the last attempt got no answer at
   * all, else the service asked to wait. `nextAttemptAt` (epoch ms): when the outbox said it
   * tries again, where it said so.
   */
  | { kind: 'queued'; offline: boolean; durable: boolean; nextAttemptAt?: number }
  /**
   * The host page took it over (preventDefault), or, with no endpoint, the event was the delivery.
   * `unconfirmed`: taken over and not acknowledged yet (`acknowledgeTicket`), so not known to be
   * delivered: the person keeps "Copy" and e-mail until it is.
   */
  | { kind: 'with-host'; unconfirmed: boolean }
  /** Delivered. `here`: by this page; `elsewhere`: another tab or an earlier page did. */
  | { kind: 'sent'; reference?: string; by: 'here' | 'elsewhere' }
  /** Refused for good by the endpoint (docs/reliability.md R4): kept for the fallbacks, never retried. */
  | { kind: 'rejected'; error: string; status?: number };
