/**
 * The outbox: tickets waiting to be delivered, kept in storage so that no sequence of failures,
 * reloads and tabs loses one or sends it under two keys (reliability.md R1, R3, R4, R5, R7).
 *
 * - A ticket is written here before anything is attempted, and removed only once delivery is
 *   confirmed (a 2xx, or the host's acknowledgement), leaving a receipt behind.
 * - Its request is frozen when queued: every attempt, in any tab and after any reload, sends the
 *   identical body with `Idempotency-Key: ticket.id`.
 * - One tab sends at a time (Web Locks where present); a tab re-reads storage under the lock, so
 *   a ticket another tab delivered is not sent again.
 *
 * DOM-free: storage, fetch, locks, clock and randomness are passed in. When to drain (timers,
 * `online`, `visibilitychange`, page load) is the caller's business (widget/internal/ticket-handoff.ts).
 */
import type { TicketRequest } from './adapters/index.js';
import { defaultRetryPolicy, retryDelay, type AttemptResult, type RetryPolicy } from './deliver.js';
import type { Store } from './storage.js';
import type { Ticket } from './types.js';

export interface OutboxEntry {
  ticket: Ticket;
  /** The frozen endpoint request; absent when only the host can deliver the ticket. */
  request?: TicketRequest;
  /** Who delivers it now: the host page (it called preventDefault) or the widget. */
  route: 'host' | 'endpoint';
  /** Host route: when to fall back to the endpoint, epoch ms. */
  hostDeadline?: number;
  /** `rejected`: the endpoint refused it (4xx); kept for the fallbacks, never retried. */
  state: 'queued' | 'rejected';
  attempts: number;
  /** Backoff: not before this time, epoch ms. A wake-up (online, visible, load) resets it. */
  nextAttemptAt: number;
  /** The server's `Retry-After`: not before this time, whatever wakes the outbox. */
  notBefore?: number;
  lastError?: string;
  lastStatus?: number;
}

/** Left behind when a ticket is delivered, so other tabs and later loads know it went. */
export interface Receipt {
  reference?: string;
  sentAt: number;
}

export type OutboxNotice =
  | { type: 'sending'; ticket: Ticket }
  /** `here`: this outbox delivered it; `elsewhere`: another tab or an earlier page did. */
  | { type: 'sent'; ticket: Ticket; reference?: string; by: 'here' | 'elsewhere' }
  | { type: 'waiting'; ticket: Ticket; error: string; network: boolean; nextAttemptAt: number }
  | { type: 'rejected'; ticket: Ticket; error: string; status?: number };

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

export interface OutboxOptions {
  store: Store;
  send: (request: TicketRequest, signal: AbortSignal) => Promise<AttemptResult>;
  locks?: LockManagerLike;
  now?: () => number;
  random?: () => number;
  retry?: RetryPolicy;
}

const ENTRY = 'outbox:';
const RECEIPT = 'receipt:';
const LOCK = 'wallet-support-outbox';
/** How long an undelivered ticket is kept: long enough for any outage a user waits out. */
export const OUTBOX_TTL = 7 * 24 * 60 * 60_000;
/** Long enough for every other tab and the next load to learn that the ticket went. */
export const RECEIPT_TTL = 24 * 60 * 60_000;

export class Outbox {
  private readonly store: Store;
  private readonly now: () => number;
  private readonly listeners = new Set<(notice: OutboxNotice) => void>();
  /** Tickets this outbox has reported on and not yet seen delivered. */
  private readonly watched = new Map<string, Ticket>();
  private readonly aborter = new AbortController();
  private running?: Promise<void>;
  private again = false;
  private disposed = false;

  constructor(private readonly options: OutboxOptions) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
  }

  subscribe(listener: (notice: OutboxNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Write-ahead: the ticket is in storage before anything is attempted. */
  add(entry: OutboxEntry): void {
    this.watched.set(entry.ticket.id, entry.ticket);
    this.store.write(ENTRY + entry.ticket.id, entry, OUTBOX_TTL);
  }

  get(id: string): OutboxEntry | undefined {
    return this.store.read<OutboxEntry>(ENTRY + id);
  }

  entries(): OutboxEntry[] {
    return this.store
      .keys(ENTRY)
      .map((key) => this.store.read<OutboxEntry>(key))
      .filter((entry): entry is OutboxEntry => entry !== undefined)
      .sort((a, b) => a.ticket.createdAt.localeCompare(b.ticket.createdAt));
  }

  receipt(id: string): Receipt | undefined {
    return this.store.read<Receipt>(RECEIPT + id);
  }

  /** Changes a stored entry; does nothing when it is gone (delivered meanwhile), so it never comes back. */
  update(id: string, change: (entry: OutboxEntry) => OutboxEntry): OutboxEntry | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    const changed = change(entry);
    this.store.write(ENTRY + id, changed, OUTBOX_TTL);
    return changed;
  }

  /** Drops a ticket without a receipt: only for one handed to a host that did not ask to confirm it. */
  discard(id: string): void {
    this.watched.delete(id);
    this.store.remove(ENTRY + id);
  }

  /** The host delivered the ticket itself (reliability.md R7). */
  acknowledge(id: string, reference?: string): Ticket | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    this.confirm(entry.ticket, reference, 'here');
    return entry.ticket;
  }

  /** The host did not confirm in time: the widget delivers to the endpoint from now on. */
  routeToEndpoint(id: string): void {
    this.update(id, (entry) => (entry.request ? { ...entry, route: 'endpoint', nextAttemptAt: this.now() } : entry));
  }

  /** Something suggests delivery may work now (online, visible, page load): retry without waiting for the backoff. */
  wake(): Promise<void> {
    for (const entry of this.entries()) {
      if (entry.route === 'endpoint' && entry.state === 'queued' && entry.nextAttemptAt > this.now()) {
        this.update(entry.ticket.id, (current) => ({ ...current, nextAttemptAt: this.now() }));
      }
    }
    return this.drain();
  }

  /** When the next queued ticket falls due, epoch ms; undefined when none waits for the endpoint. */
  nextDue(): number | undefined {
    const due = this.entries()
      .filter((entry) => entry.route === 'endpoint' && entry.state === 'queued')
      .map(dueAt);
    return due.length > 0 ? Math.min(...due) : undefined;
  }

  /**
   * Sends every ticket that is due, once each, one tab at a time. Calls made while a drain runs
   * are folded into one more pass, so a ticket queued meanwhile is not left behind.
   */
  drain(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.again = true;
    this.running ??= (async () => {
      try {
        while (this.again && !this.disposed) {
          this.again = false;
          await this.withLock(() => this.pass());
        }
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Stops for good: an attempt in flight is aborted and nothing is written after it. */
  dispose(): void {
    this.disposed = true;
    this.aborter.abort();
    this.listeners.clear();
  }

  private async withLock(work: () => Promise<void>): Promise<void> {
    const locks = this.options.locks;
    if (!locks) return work();
    await locks.request(LOCK, work);
  }

  private async pass(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      if (this.disposed) return;
      const now = this.now();
      const entry = this.entries().find(
        (candidate) =>
          candidate.route === 'endpoint' &&
          candidate.state === 'queued' &&
          candidate.request &&
          dueAt(candidate) <= now &&
          !tried.has(candidate.ticket.id),
      );
      if (!entry?.request) break;
      const { ticket } = entry;
      tried.add(ticket.id);
      const receipt = this.receipt(ticket.id);
      if (receipt) {
        // Delivered by a page that stopped before it could clear the entry.
        this.confirm(ticket, receipt.reference, 'elsewhere');
        continue;
      }
      this.watched.set(ticket.id, ticket);
      this.notify({ type: 'sending', ticket });
      const result = await this.options.send(entry.request, this.aborter.signal);
      if (this.disposed) return;
      this.record(entry, result);
    }
    this.reportDeliveredElsewhere();
  }

  private record(entry: OutboxEntry, result: AttemptResult): void {
    const { ticket } = entry;
    // The host acknowledged it while this attempt was under way: it is delivered and reported already.
    if (!this.get(ticket.id)) return;
    if (result.ok) {
      this.confirm(ticket, result.reference, 'here');
      return;
    }
    const now = this.now();
    if (!result.retryable) {
      const kept = this.update(ticket.id, (current) => ({
        ...current,
        state: 'rejected',
        attempts: current.attempts + 1,
        lastError: result.error,
        lastStatus: result.status,
      }));
      if (kept) this.notify({ type: 'rejected', ticket, error: result.error, status: result.status });
      return;
    }
    const delay = retryDelay(entry.attempts, result.retryAfter, this.options.retry ?? defaultRetryPolicy, this.options.random);
    const kept = this.update(ticket.id, (current) => ({
      ...current,
      attempts: current.attempts + 1,
      nextAttemptAt: now + delay,
      notBefore: result.retryAfter === undefined ? undefined : now + result.retryAfter,
      lastError: result.error,
      lastStatus: result.status,
    }));
    if (kept) {
      this.notify({ type: 'waiting', ticket, error: result.error, network: result.network === true, nextAttemptAt: now + delay });
    }
  }

  /** Receipt first, then the entry goes: a stop in between leaves a receipt that settles it. */
  private confirm(ticket: Ticket, reference: string | undefined, by: 'here' | 'elsewhere'): void {
    this.store.write(RECEIPT + ticket.id, { reference, sentAt: this.now() } satisfies Receipt, RECEIPT_TTL);
    this.store.remove(ENTRY + ticket.id);
    this.watched.delete(ticket.id);
    this.notify({ type: 'sent', ticket, reference, by });
  }

  /** Tickets this outbox reported on that another tab delivered while this one waited for the lock. */
  private reportDeliveredElsewhere(): void {
    for (const [id, ticket] of this.watched) {
      const receipt = this.get(id) ? undefined : this.receipt(id);
      if (receipt) {
        this.watched.delete(id);
        this.notify({ type: 'sent', ticket, reference: receipt.reference, by: 'elsewhere' });
      }
    }
  }

  private notify(notice: OutboxNotice): void {
    for (const listener of this.listeners) listener(notice);
  }
}

function dueAt(entry: OutboxEntry): number {
  return Math.max(entry.nextAttemptAt, entry.notBefore ?? 0);
}
