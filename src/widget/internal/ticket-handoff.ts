import { requestFor, type TicketFormat } from '../../ticket/adapters/index.js';
import { attemptDelivery, defaultRetryPolicy, type RetryPolicy } from '../../ticket/deliver.js';
import { Outbox, type LockManagerLike, type OutboxNotice } from '../../ticket/outbox.js';
import { openStore } from '../../ticket/storage.js';
import type { Ticket } from '../../ticket/types.js';
import { emit } from '../events.js';

/** What the user is told about a ticket. */
export type TicketStatus =
  | { kind: 'sending' }
  /** Saved in the outbox; `offline`: no answer at all, else the service asked us to wait. */
  | { kind: 'queued'; offline: boolean }
  | { kind: 'sent'; reference?: string }
  | { kind: 'handed-to-host' }
  | { kind: 'failed'; error: string };

export interface TicketRoute {
  endpoint?: string;
  format: TicketFormat;
}

export interface TrackedTicket {
  ticket: Ticket;
  status: TicketStatus;
}

/**
 * Delivery settings of the whole page. Tests shorten the waits here; a host has no reason to.
 */
export const deliverySettings: { retry: RetryPolicy; attemptTimeout: number; ackTimeout: number } = {
  retry: defaultRetryPolicy,
  attemptTimeout: 15_000,
  /** How long a host that took a ticket over has to acknowledge it before the endpoint gets it (R7). */
  ackTimeout: 30_000,
};

const couriers = new WeakMap<HTMLElement, TicketCourier>();

/** The one courier of a `<wallet-support>` element. */
export function courierFor(host: HTMLElement): TicketCourier {
  let courier = couriers.get(host);
  if (!courier) {
    courier = new TicketCourier(host);
    couriers.set(host, courier);
  }
  return courier;
}

/**
 * Hands tickets over and sees them delivered, for one `<wallet-support>` element: the DOM side
 * of the outbox (ticket/outbox.ts). It dispatches the public ticket events on the element,
 * retries on a timer, on `online`, when the page becomes visible and when it connects (the next
 * page load), and keeps what the user is told about each ticket.
 */
export class TicketCourier {
  private outbox?: Outbox;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly deadlines = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tracked = new Map<string, TrackedTicket>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly host: HTMLElement) {}

  /** Tickets of this page and earlier ones that the user should hear about, oldest first. */
  get tickets(): TrackedTicket[] {
    return [...this.tracked.values()];
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts listening and resumes what earlier pages left in the outbox. Safe to call again. */
  connect(): void {
    if (this.outbox) return;
    const locks = (globalThis.navigator as Navigator | undefined)?.locks as LockManagerLike | undefined;
    const outbox = new Outbox({
      store: openStore('local'),
      send: (request, signal) => attemptDelivery(request, { signal, timeout: deliverySettings.attemptTimeout }),
      locks,
      retry: deliverySettings.retry,
    });
    this.outbox = outbox;
    outbox.subscribe(this.handleNotice);
    globalThis.addEventListener('online', this.handleWake);
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.resume(outbox);
  }

  /**
   * Stops timers and listeners; the outbox stays in storage for the next element or page. Runs by
   * itself when the element is found gone (so the launcher needs no code for it): a removed
   * widget must not go on sending what the next one (or the next page) will send.
   */
  disconnect(): void {
    globalThis.removeEventListener('online', this.handleWake);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    clearTimeout(this.timer);
    for (const timer of this.deadlines.values()) clearTimeout(timer);
    this.deadlines.clear();
    this.outbox?.dispose();
    this.outbox = undefined;
  }

  /**
   * Hands a frozen ticket over. It is in the outbox before the host hears of it; a host that
   * calls preventDefault() delivers it and acknowledges it; otherwise the endpoint gets it.
   */
  file(ticket: Ticket, route: TicketRoute): void {
    this.connect();
    const outbox = this.outbox!;
    const request = route.endpoint ? requestFor(ticket, route.endpoint, route.format) : undefined;
    const now = Date.now();
    const { ackTimeout } = deliverySettings;
    outbox.add({ ticket, request, route: 'host', hostDeadline: now + ackTimeout, state: 'queued', attempts: 0, nextAttemptAt: now });
    this.offerToHost(outbox, ticket, request !== undefined, ackTimeout);
  }

  /** The host delivered a ticket it took over; `reference` is shown to the user. */
  acknowledge(id: string, reference?: string): boolean {
    this.connect();
    return this.outbox!.acknowledge(id, reference) !== undefined;
  }

  private resume(outbox: Outbox): void {
    const now = Date.now();
    for (const entry of outbox.entries()) {
      const { ticket } = entry;
      if (entry.state === 'rejected') {
        this.track(ticket, { kind: 'failed', error: entry.lastError ?? '' });
      } else if (entry.route === 'host') {
        if (entry.request && (entry.hostDeadline ?? 0) <= now) outbox.routeToEndpoint(ticket.id);
        else this.offerToHost(outbox, ticket, entry.request !== undefined, (entry.hostDeadline ?? now) - now, true);
      } else {
        this.track(ticket, { kind: 'queued', offline: entry.lastStatus === undefined });
      }
    }
    void outbox.wake().then(() => this.schedule());
  }

  /**
   * The cancelable `wallet-support-ticket` event. Sent again after a reload (`again`) for a ticket
   * the host had not acknowledged: the host may have lost it, and it dedupes by `ticket.id`.
   */
  private offerToHost(outbox: Outbox, ticket: Ticket, hasEndpoint: boolean, ackTimeout: number, again = false): void {
    const hostTakesOver = !emit(this.host, 'wallet-support-ticket', { ticket }, { cancelable: true });
    if (hostTakesOver) {
      this.track(ticket, { kind: 'handed-to-host' });
      if (hasEndpoint) this.fallBackAfter(ticket.id, Math.max(0, ackTimeout));
    } else if (hasEndpoint) {
      outbox.routeToEndpoint(ticket.id);
      this.track(ticket, { kind: 'sending' });
      void outbox.drain().then(() => this.schedule());
    } else {
      // No endpoint and no host taking over: the event itself was the delivery. Offered again
      // and not taken, it stays: it was taken over once and waits for its acknowledgement.
      if (!again) outbox.discard(ticket.id);
      this.track(ticket, { kind: 'handed-to-host' });
    }
  }

  private fallBackAfter(id: string, delay: number): void {
    clearTimeout(this.deadlines.get(id));
    this.deadlines.set(
      id,
      setTimeout(() => {
        this.deadlines.delete(id);
        this.whileConnected(async (outbox) => {
          if (!outbox.get(id)) return;
          outbox.routeToEndpoint(id);
          await outbox.drain();
        });
      }, delay),
    );
  }

  /** One timer for the next ticket that falls due. */
  private schedule(): void {
    clearTimeout(this.timer);
    const due = this.outbox?.nextDue();
    if (due === undefined) return;
    this.timer = setTimeout(() => this.whileConnected((outbox) => outbox.drain()), Math.max(0, due - Date.now()));
  }

  /** Runs delivery work if the element is still on the page; disconnects otherwise. */
  private whileConnected(work: (outbox: Outbox) => Promise<void>): void {
    if (!this.host.isConnected) {
      this.disconnect();
      return;
    }
    if (this.outbox) void work(this.outbox).then(() => this.schedule());
  }

  private track(ticket: Ticket, status: TicketStatus): void {
    this.tracked.set(ticket.id, { ticket, status });
    for (const listener of this.listeners) listener();
  }

  private handleNotice = (notice: OutboxNotice) => {
    const { ticket } = notice;
    switch (notice.type) {
      case 'sending':
        this.track(ticket, { kind: 'sending' });
        break;
      case 'waiting':
        this.track(ticket, { kind: 'queued', offline: notice.network });
        break;
      case 'sent':
        clearTimeout(this.deadlines.get(ticket.id));
        this.track(ticket, { kind: 'sent', reference: notice.reference });
        if (notice.by === 'here') emit(this.host, 'wallet-support-ticket-sent', { ticket, reference: notice.reference });
        break;
      case 'rejected':
        this.track(ticket, { kind: 'failed', error: notice.error });
        emit(this.host, 'wallet-support-ticket-failed', { ticket, error: notice.error });
        break;
    }
  };

  private handleWake = () => {
    this.whileConnected((outbox) => outbox.wake());
  };

  private handleVisibility = () => {
    if (document.visibilityState === 'visible') this.handleWake();
  };
}
