/**
 * The outbox: tickets waiting to be delivered, kept in storage so that no sequence of failures,
 * reloads and tabs loses one or sends it under two keys (docs/reliability.md R1, R3, R4, R5, R7).
 *
 * - A ticket is written here before anything is attempted, and removed only once delivery is
 *   confirmed (a 2xx, or the host's acknowledgement), leaving a minimal receipt behind.
 * - Its request is frozen when queued: every attempt, in any tab and after any reload, sends the
 *   identical body with `Idempotency-Key: ticket.id` (re-frozen once, capped, after a 413).
 * - One tab sends a ticket at a time: Web Locks where present; elsewhere a per-ticket lease in
 *   storage (see {@link Outbox.takeLease}). A tab re-reads storage before sending, so a ticket
 *   another tab delivered is not sent again.
 * - Storage may refuse writes (full quota, private mode, `persist="none"`). The outbox then works
 *   from memory with the same backoff, and says which tickets a reload would lose: `add` returns
 *   it, `sending` and `queued` states carry `durable`, and a change is reported by reporting the
 *   last of those again with the new `durable`.
 * - Never faster than the backoff: besides the persisted `nextAttemptAt`, each outbox remembers
 *   when it last sent each ticket, and any `Retry-After` it was given, and waits for both (at
 *   least `retry.minDelay` between attempts) whatever storage, another tab or a wake-up says.
 *
 * DOM-free: storage, fetch, locks, clock and randomness are passed in. When to drain (timers,
 * `online`, `visibilitychange`, page load) is the caller's business (widget/internal/ticket-handoff.ts).
 */
import { requestFor, type TicketRequest } from './adapters/index.js';
import {
  attemptTimeout,
  defaultRetryPolicy,
  defaultTimeouts,
  minimumDelay,
  retryDelay,
  type AttemptResult,
  type RetryPolicy,
  type TimeoutPolicy,
} from './deliver.js';
import { ENTRY, RECEIPT } from './outbox-keys.js';
import type { TicketState } from './state.js';
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
  /**
   * `rejected`: the endpoint refused it (4xx); kept for the fallbacks, never retried. Named from
   * the one vocabulary (ticket/state.ts); these two strings are what outboxes already stored
   * hold, so they stay as they are.
   */
  state: Extract<TicketState['kind'], 'queued' | 'rejected'>;
  attempts: number;
  /** Backoff: not before this time, epoch ms. A wake-up (online, visible, load) resets it. */
  nextAttemptAt: number;
  /** The server's `Retry-After`: not before this time, whatever wakes the outbox. */
  notBefore?: number;
  lastError?: string;
  lastStatus?: number;
  /** The filing conversation's id and flow version, for the ticket's public events (docs/contract.md "Events"). */
  tag?: { conversationId: string; flowVersion?: string };
}

/**
 * Left behind when a ticket is delivered, so other tabs and later loads know it went, and a later
 * conversation about the same payment is told it was reported (issue 18: one case per order).
 * Minimal on purpose (the ticket's id is its key): which payment it was about, never the
 * transcript, the contact or the person's words.
 */
export interface Receipt {
  reference?: string;
  sentAt: number;
  problem?: Ticket['problem'];
  orderId?: string;
  amount?: Ticket['amount'];
  occurredAt?: string;
}

/**
 * Where a ticket now stands, in the vocabulary of ticket/state.ts. Never `with-host`: whether
 * the host took a ticket over is the courier's to know, not the outbox's.
 */
export interface OutboxNotice {
  ticket: Ticket;
  state: Exclude<TicketState, { kind: 'with-host' }>;
}

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

export interface OutboxOptions {
  store: Store;
  /** One attempt; `id`: the ticket's, under which its images are kept (ticket/attachments.ts). */
  send: (
    request: TicketRequest,
    options: { signal: AbortSignal; timeout: number; id: string },
  ) => Promise<AttemptResult>;
  locks?: LockManagerLike;
  /** A ticket left the outbox, delivered or dropped: what was kept beside it (its images) can go. */
  removed?: (ticket: Ticket) => void;
  /**
   * Without locks: the wait between writing a lease and reading back who holds it, so that other
   * tabs' writes have arrived (browsers sync localStorage between processes asynchronously).
   */
  settle?: () => Promise<void>;
  now?: () => number;
  random?: () => number;
  retry?: RetryPolicy;
  timeouts?: TimeoutPolicy;
}

interface Lease {
  owner: string;
  /** Epoch ms: the holder's attempt has timed out by then, so another tab may take over. */
  until: number;
}

const LEASE = 'lease:';
const LOCK = 'wallet-support-outbox';
const DAY = 24 * 60 * 60_000;
/**
 * How long an undelivered ticket is kept, from when it was filed: long enough for any outage a
 * person waits out; then it is given up with a `wallet-support-ticket-failed` event ({@link Outbox.expire}).
 */
export const OUTBOX_TTL = 14 * DAY;
/** How long a sent ticket is remembered: a payment that fails again within a month is the same case. */
export const RECEIPT_TTL = 30 * DAY;
/** A lease outlives its attempt's timeout by this much: the answer may still be on its way. */
const LEASE_MARGIN = 5_000;
/**
 * Storage's own expiry of an entry, renewed with each write: a day past {@link OUTBOX_TTL}, so the
 * widget gives the ticket up (and says so) before storage drops it silently.
 */
const ENTRY_TTL = OUTBOX_TTL + DAY;
/** Cross-process localStorage sync in a browser takes milliseconds; a tenth of a second is ample.† */
export const LEASE_SETTLE = 100;

const defaultSettle = () => new Promise<void>((resolve) => setTimeout(resolve, LEASE_SETTLE));

function instanceId(random: () => number): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${random().toString(36).slice(2)}`;
}

export class Outbox {
  readonly #store: Store;
  readonly #now: () => number;
  readonly #retry: RetryPolicy;
  readonly #listeners = new Set<(notice: OutboxNotice) => void>();
  /**
   * Tickets this outbox took or reported on and has not seen delivered, with the state it last
   * reported. A change of durability reports that state again with the new `durable`
   * (docs/reliability.md R2); before a ticket's first notice there is none to repeat: `add`
   * returned its durability, and the first notice carries it as it is then.
   */
  readonly #watched = new Map<string, { ticket: Ticket; reported?: OutboxNotice['state'] }>();
  /**
   * Not before this time, per ticket, in this outbox's memory: its last attempt plus the floor,
   * or the server's Retry-After. What no lost write or other tab's write can undo.
   */
  readonly #heldUntil = new Map<string, number>();
  readonly #aborter = new AbortController();
  readonly #owner: string;
  #running?: Promise<void>;
  #again = false;
  #disposed = false;

  constructor(private readonly options: OutboxOptions) {
    this.#store = options.store;
    this.#now = options.now ?? Date.now;
    this.#retry = options.retry ?? defaultRetryPolicy;
    this.#owner = instanceId(options.random ?? Math.random);
  }

  subscribe(listener: (notice: OutboxNotice) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Write-ahead: the ticket is in storage before anything is attempted. Returns whether it is
   * durable: false when storage refused it and only this page's memory holds it, which the
   * person must be told (a reload would lose it).
   */
  add(entry: OutboxEntry): boolean {
    const { id } = entry.ticket;
    this.#watched.set(id, { ticket: entry.ticket });
    return this.#store.write(ENTRY + id, entry, ENTRY_TTL) || this.isDurable(id);
  }

  get(id: string): OutboxEntry | undefined {
    return this.#store.read<OutboxEntry>(ENTRY + id);
  }

  /** Whether a reload would find this ticket in storage. */
  isDurable(id: string): boolean {
    return this.#store.isDurable(ENTRY + id);
  }

  /** Whether a drain is under way (an attempt may be in flight). */
  get draining(): boolean {
    return this.#running !== undefined;
  }

  entries(): OutboxEntry[] {
    return this.#store
      .keys(ENTRY)
      .map((key) => this.#store.read<OutboxEntry>(key))
      .filter((entry): entry is OutboxEntry => entry !== undefined)
      .sort((a, b) => a.ticket.createdAt.localeCompare(b.ticket.createdAt));
  }

  receipt(id: string): Receipt | undefined {
    return this.#store.read<Receipt>(RECEIPT + id);
  }

  /** The tickets this browser sent in the last {@link RECEIPT_TTL}, with the id each was sent under. */
  receipts(): (Receipt & { id: string })[] {
    return this.#store.keys(RECEIPT).flatMap((key) => {
      const receipt = this.#store.read<Receipt>(key);
      return receipt ? [{ ...receipt, id: key.slice(RECEIPT.length) }] : [];
    });
  }

  /**
   * Gives up the tickets filed more than {@link OUTBOX_TTL} ago and still not delivered; returns
   * them, so the page can be told.
   */
  expire(): Ticket[] {
    const filedBefore = this.#now() - OUTBOX_TTL;
    const expired = this.entries().filter((entry) => Date.parse(entry.ticket.createdAt) < filedBefore);
    for (const { ticket } of expired) this.discard(ticket.id);
    return expired.map((entry) => entry.ticket);
  }

  /**
   * "Delete my data": every receipt and lease goes; with `undelivered`, every ticket still waiting
   * too (the person confirmed they will be lost). Returns the tickets dropped.
   */
  forget({ undelivered }: { undelivered: boolean }): Ticket[] {
    for (const key of [...this.#store.keys(RECEIPT), ...this.#store.keys(LEASE)]) this.#store.remove(key);
    const dropped = undelivered ? this.entries().map((entry) => entry.ticket) : [];
    for (const ticket of dropped) this.discard(ticket.id);
    return dropped;
  }

  /** Changes a stored entry; does nothing when it is gone (delivered meanwhile), so it never comes back. */
  update(id: string, change: (entry: OutboxEntry) => OutboxEntry): OutboxEntry | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    const changed = change(entry);
    this.#store.write(ENTRY + id, changed, ENTRY_TTL);
    this.#reportDurability(id);
    return changed;
  }

  /** Drops a ticket without a receipt: one handed to a host that did not ask to confirm it, or a refused one the person dismissed. */
  discard(id: string): void {
    const entry = this.get(id);
    this.#watched.delete(id);
    this.#store.remove(ENTRY + id);
    if (entry) this.options.removed?.(entry.ticket);
  }

  /** The host delivered the ticket itself (docs/reliability.md R7). */
  acknowledge(id: string, reference?: string): Ticket | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    this.#confirm(entry.ticket, reference, 'here');
    return entry.ticket;
  }

  /** The host did not confirm in time: the widget delivers to the endpoint from now on. */
  routeToEndpoint(id: string): void {
    this.update(id, (entry) => (entry.request ? { ...entry, route: 'endpoint', nextAttemptAt: this.#now() } : entry));
  }

  /** Something suggests delivery may work now (online, visible, page load): retry without waiting for the backoff. */
  wake(): Promise<void> {
    for (const entry of this.entries()) {
      if (entry.route === 'endpoint' && entry.state === 'queued' && entry.nextAttemptAt > this.#now()) {
        this.update(entry.ticket.id, (current) => ({ ...current, nextAttemptAt: this.#now() }));
      }
    }
    return this.drain();
  }

  /**
   * When the next queued ticket falls due, epoch ms; undefined when none waits for the endpoint.
   * Counts this outbox's floor and other tabs' leases, so a timer set for it finds work to do.
   */
  nextDue(): number | undefined {
    const due = this.entries()
      .filter((entry) => entry.route === 'endpoint' && entry.state === 'queued')
      .map((entry) => Math.max(this.#dueAt(entry), this.#leasedUntil(entry.ticket.id)));
    return due.length > 0 ? Math.min(...due) : undefined;
  }

  /**
   * Sends every ticket that is due, once each, one tab at a time. Calls made while a drain runs
   * are folded into one more pass, so a ticket queued meanwhile is not left behind.
   */
  drain(): Promise<void> {
    if (this.#disposed) return Promise.resolve();
    this.#again = true;
    this.#running ??= (async () => {
      try {
        while (this.#again && !this.#disposed) {
          this.#again = false;
          await this.#withLock(() => this.#pass());
        }
      } finally {
        this.#running = undefined;
      }
    })();
    return this.#running;
  }

  /** Stops for good: an attempt in flight is aborted and nothing is written after it. */
  dispose(): void {
    this.#disposed = true;
    this.#aborter.abort();
    this.#listeners.clear();
  }

  async #withLock(work: () => Promise<void>): Promise<void> {
    const locks = this.options.locks;
    if (!locks) return work();
    await locks.request(LOCK, work);
  }

  /** Not before the backoff, the server's Retry-After, nor what this outbox holds the ticket back for. */
  #dueAt(entry: OutboxEntry): number {
    return Math.max(entry.nextAttemptAt, entry.notBefore ?? 0, this.#heldUntil.get(entry.ticket.id) ?? 0);
  }

  #holdUntil(id: string, time: number): void {
    this.#heldUntil.set(id, Math.max(time, this.#heldUntil.get(id) ?? 0));
  }

  #isDue(entry: OutboxEntry | undefined): entry is OutboxEntry & { request: TicketRequest } {
    return (
      entry !== undefined &&
      entry.route === 'endpoint' &&
      entry.state === 'queued' &&
      entry.request !== undefined &&
      this.#dueAt(entry) <= this.#now()
    );
  }

  async #pass(): Promise<void> {
    this.#flushToStorage();
    const tried = new Set<string>();
    for (;;) {
      if (this.#disposed) return;
      const entry = this.entries().find((candidate) => this.#isDue(candidate) && !tried.has(candidate.ticket.id));
      if (!entry) break;
      const { id } = entry.ticket;
      tried.add(id);
      if (this.#settledByReceipt(entry.ticket)) continue;
      const timeout = attemptTimeout(entry.attempts, this.options.timeouts ?? defaultTimeouts);
      const leased = !this.options.locks;
      if (leased && !(await this.#takeLease(id, timeout))) continue;
      try {
        if (this.#disposed) return;
        // Read again: while this tab waited for the lease, another may have sent or delivered it.
        const current = this.get(id);
        if (!this.#isDue(current) || this.#settledByReceipt(current.ticket)) continue;
        this.#holdUntil(id, this.#now() + minimumDelay(this.#retry));
        this.#report(current.ticket, { kind: 'sending', durable: this.isDurable(id) });
        const result = await this.options.send(current.request, { signal: this.#aborter.signal, timeout, id });
        if (this.#disposed) return;
        await this.#record(current, result);
      } finally {
        if (leased && !this.#disposed) this.#releaseLease(id);
      }
    }
    this.#reportDeliveredElsewhere();
  }

  /**
   * Without Web Locks (insecure origins, older Safari): a lease per ticket in the shared storage.
   * A tab writes its lease, waits for writes of other tabs to arrive, and reads back: only the
   * tab whose lease is still there sends; the others skip the ticket until the lease is released
   * or expires (an attempt's timeout plus a margin, so a closed tab does not block it for long).
   * Where storage refuses the lease (full), tabs cannot see each other: both may send, and the
   * one Idempotency-Key makes that one ticket.
   */
  async #takeLease(id: string, timeout: number): Promise<boolean> {
    if (this.#leasedUntil(id) > this.#now()) return false;
    const ttl = timeout + LEASE_MARGIN;
    this.#store.write(LEASE + id, { owner: this.#owner, until: this.#now() + ttl } satisfies Lease, ttl);
    await (this.options.settle ?? defaultSettle)();
    return !this.#disposed && this.#store.read<Lease>(LEASE + id)?.owner === this.#owner;
  }

  #releaseLease(id: string): void {
    if (this.#store.read<Lease>(LEASE + id)?.owner === this.#owner) this.#store.remove(LEASE + id);
  }

  /** Until when another tab holds the lease on a ticket; 0 when none does. */
  #leasedUntil(id: string): number {
    if (this.options.locks) return 0;
    const lease = this.#store.read<Lease>(LEASE + id);
    return lease && lease.owner !== this.#owner ? lease.until : 0;
  }

  /** Delivered by a page that stopped before it could clear the entry: settled without sending. */
  #settledByReceipt(ticket: Ticket): boolean {
    const receipt = this.receipt(ticket.id);
    if (receipt) this.#confirm(ticket, receipt.reference, 'elsewhere');
    return receipt !== undefined;
  }

  async #record(entry: OutboxEntry & { request: TicketRequest }, result: AttemptResult): Promise<void> {
    const { ticket } = entry;
    const now = this.#now();
    // Kept in memory first: even where storage cannot record it, this tab honours it.
    if (!result.ok && result.retryAfter !== undefined) this.#holdUntil(ticket.id, now + result.retryAfter);
    // The host acknowledged it (or another tab delivered it) while this attempt was under way:
    // it is delivered, and reported already or at the end of the pass.
    if (this.receipt(ticket.id)) return;
    if (result.ok) {
      // Forgotten while it was on its way ("Delete my data"): delivered, and nothing kept of it.
      if (this.get(ticket.id)) this.#confirm(ticket, result.reference, 'here');
      return;
    }
    const failure = { lastError: result.error, lastStatus: result.status };
    if (result.status === 413 && (!entry.request.capped || entry.request.attachments)) {
      // Too large for the endpoint, and shorter is possible: nothing was created, so send the
      // capped body next (after the floor), instead of failing the ticket for good. Screenshots
      // are the likeliest reason (1 MB is a common proxy limit): the ticket goes without them.
      const { url, format } = entry.request;
      // The shortening code loads only now: most endpoints take the whole ticket.
      const shortened =
        format === 'json' ? (await import('./adapters/json-shrink.js')).shrinkJsonTicket(ticket) : ticket;
      if (this.#disposed) return;
      const request = requestFor({ ...shortened, attachments: undefined }, url, format, { shrink: true });
      const kept = this.update(ticket.id, (current) => ({
        ...current,
        ...failure,
        request,
        attempts: current.attempts + 1,
        nextAttemptAt: now,
      }));
      if (kept) this.#report(ticket, this.queuedState(kept));
      return;
    }
    if (!result.retryable) {
      const kept = this.update(ticket.id, (current) => ({
        ...current,
        ...failure,
        state: 'rejected',
        attempts: current.attempts + 1,
      }));
      if (kept) this.#report(ticket, { kind: 'rejected', error: result.error, status: result.status });
      return;
    }
    const delay = retryDelay(entry.attempts, result.retryAfter, this.#retry, this.options.random);
    const kept = this.update(ticket.id, (current) => ({
      ...current,
      ...failure,
      attempts: current.attempts + 1,
      nextAttemptAt: now + delay,
      notBefore: result.retryAfter === undefined ? undefined : now + result.retryAfter,
    }));
    if (kept) this.#report(ticket, this.queuedState(kept));
  }

  /**
   * A waiting entry in the words the view uses. `offline`: no answer yet, from an attempt that got
   * none or from no attempt at all (a status means the endpoint answered and asked to wait).
   */
  queuedState(entry: OutboxEntry): OutboxNotice['state'] {
    return {
      kind: 'queued',
      offline: entry.lastStatus === undefined,
      durable: this.isDurable(entry.ticket.id),
      nextAttemptAt: this.#dueAt(entry),
    };
  }

  /** Receipt first, then the entry goes: a stop in between leaves a receipt that settles it. */
  #confirm(ticket: Ticket, reference: string | undefined, by: 'here' | 'elsewhere'): void {
    const { problem, orderId, amount, occurredAt } = ticket;
    const receipt: Receipt = { reference, sentAt: this.#now(), problem, orderId, amount, occurredAt };
    this.#store.write(RECEIPT + ticket.id, receipt, RECEIPT_TTL);
    this.#store.remove(ENTRY + ticket.id);
    this.#heldUntil.delete(ticket.id);
    this.options.removed?.(ticket);
    this.#report(ticket, { kind: 'sent', reference, by });
  }

  /** Entries and receipts only memory held go to storage once it takes them again. */
  #flushToStorage(): void {
    this.#store.flush(RECEIPT);
    for (const key of this.#store.flush(ENTRY)) this.#reportDurability(key.slice(ENTRY.length));
  }

  /**
   * Storage refused the ticket or took it again: its last reported state, reported again with
   * the new `durable`, so the person hears at once whether a reload would lose it (docs/reliability.md R2).
   */
  #reportDurability(id: string): void {
    const watched = this.#watched.get(id);
    const last = watched?.reported;
    // Only `sending` and `queued` carry durability: a refused ticket's notice shows the fallbacks anyway.
    if (!watched || !last || !('durable' in last)) return;
    const durable = this.isDurable(id);
    if (last.durable !== durable) this.#report(watched.ticket, { ...last, durable });
  }

  /** Tickets this outbox reported on that another tab delivered while this one waited for the lock. */
  #reportDeliveredElsewhere(): void {
    for (const [id, { ticket }] of this.#watched) {
      const receipt = this.get(id) ? undefined : this.receipt(id);
      if (receipt) this.#report(ticket, { kind: 'sent', reference: receipt.reference, by: 'elsewhere' });
    }
  }

  /** Tells the listeners, and remembers what it told: a delivered ticket is no longer watched. */
  #report(ticket: Ticket, state: OutboxNotice['state']): void {
    if (state.kind === 'sent') this.#watched.delete(ticket.id);
    else this.#watched.set(ticket.id, { ticket, reported: state });
    for (const listener of this.#listeners) listener({ ticket, state });
  }
}
