import { hasAdapter, isTicketFormat, loadAdapter, requestFor, type TicketFormat } from '../../ticket/adapters/index.js';
import { checkTicketEndpoint } from '../../ticket/adapters/endpoint.js';
import {
  attemptDelivery,
  defaultRetryPolicy,
  defaultTimeouts,
  minimumDelay,
  type RetryPolicy,
  type TimeoutPolicy,
} from '../../ticket/deliver.js';
import type { AttachmentStore, StoredFile } from '../../ticket/attachments.js';
import { Outbox, type LockManagerLike, type OutboxNotice, type Receipt } from '../../ticket/outbox.js';
import type { TicketState } from '../../ticket/state.js';
import { openStore } from '../../ticket/storage.js';
import type { TicketRequest } from '../../ticket/adapters/index.js';
import type { Ticket } from '../../ticket/types.js';
import { emit, type ConversationTag } from '../events.js';

export interface TicketRoute {
  endpoint?: string;
  format: TicketFormat;
}

/** A ticket the user hears about: where it stands, as the outbox said it or as only the courier knows it. */
export interface TrackedTicket {
  ticket: Ticket;
  status: TicketState;
  /** Filed on this page; else on an earlier page or in another tab, and "sent earlier" once delivered. */
  filedHere: boolean;
}

/** Settings of the element; read from its properties when not given. */
export interface CourierOptions {
  /** How the courier keeps tickets: the `persist` attribute. */
  persist?: string;
}

/** The properties of `<wallet-support>` the courier reads (this module stays out of the launcher's). */
interface CourierHost extends HTMLElement {
  persist?: string;
  ticketEndpoint?: string;
  ticketFormat?: string;
}

/**
 * Delivery settings of the whole page. Tests shorten the waits here; a host has no reason to.
 */
export const deliverySettings: { retry: RetryPolicy; timeouts: TimeoutPolicy; ackTimeout: number } = {
  retry: defaultRetryPolicy,
  /** Per attempt: 15 s, 30 s, 60 s, then 120 s (ticket/deliver.ts). */
  timeouts: defaultTimeouts,
  /** How long a host that took a ticket over has to acknowledge it before the endpoint gets it (R7). */
  ackTimeout: 30_000,
};

const couriers = new WeakMap<HTMLElement, TicketCourier>();

/** The one courier of a `<wallet-support>` element. */
export function courierFor(host: CourierHost): TicketCourier {
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
 *
 * Where tickets are kept follows `persist`: `session` (default) and `local` keep undelivered
 * tickets in localStorage (a ticket is a promise that outlives the tab; the conversation need
 * not), for up to 14 days from filing (then given up with a `wallet-support-ticket-failed`
 * event), and a receipt (reference, time, which payment) for 30 days after delivery.
 * `none` keeps them in this page's memory only: nothing of a ticket, receipt included, is
 * written to storage, and until it is delivered the person is told that a reload would lose it.
 * `persist` is read when the courier first connects.
 */
export class TicketCourier {
  #outbox?: Outbox;
  #timer?: ReturnType<typeof setTimeout>;
  /** When the retry timer fires, epoch ms. */
  #retryAt?: number;
  readonly #deadlines = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #tracked = new Map<string, TrackedTicket>();
  /** Tickets filed on this page: any other the outbox delivers is "your ticket from earlier". */
  readonly #filedHere = new Set<string>();
  readonly #listeners = new Set<() => void>();
  /** `ticket-endpoint` values already warned about: one console warning each. */
  readonly #warnedEndpoints = new Set<string>();
  #persist?: string;
  /** Where tickets' images wait (ticket/attachments.ts), loaded with the first ticket that has any. */
  #images?: Promise<AttachmentStore>;
  /**
   * Images filed on this page and not yet in that store (its chunk loads, IndexedDB writes): the
   * ticket is in the outbox at once, and any attempt saves them before it sends.
   */
  readonly #unsaved = new Map<string, StoredFile[]>();
  /** The filing conversation of each ticket known here, for its events (kept in the outbox entry too). */
  readonly #tags = new Map<string, ConversationTag>();

  constructor(private readonly host: CourierHost) {}

  /** Tickets of this page and earlier ones that the user should hear about, oldest first. */
  get tickets(): TrackedTicket[] {
    return [...this.#tracked.values()];
  }

  /** What is set to happen without the user: the next retry, and hosts' acknowledgements awaited. */
  get scheduled(): { retryAt?: number; fallbacks: number } {
    return { retryAt: this.#retryAt, fallbacks: this.#deadlines.size };
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Starts listening and resumes what earlier pages left in the outbox. Safe to call again. A
   * `ticket-endpoint` it will not POST to is warned about now, on page load, not at the first ticket.
   */
  connect(options: CourierOptions = {}): void {
    if (this.#outbox) return;
    this.#endpointFrom(this.host.ticketEndpoint);
    const format = this.host.ticketFormat;
    if (this.host.ticketEndpoint && isTicketFormat(format)) void loadAdapter(format);
    const persist = (this.#persist = options.persist ?? this.host.persist);
    const locks = (globalThis.navigator as Navigator | undefined)?.locks as LockManagerLike | undefined;
    const outbox = new Outbox({
      store: openStore(persist === 'none' ? 'memory' : 'local'),
      send: (request, options) =>
        request.attachments ? this.#sendWithImages(request, options) : attemptDelivery(request, options),
      removed: this.#forgetImages,
      locks,
      retry: deliverySettings.retry,
      timeouts: deliverySettings.timeouts,
    });
    this.#outbox = outbox;
    outbox.subscribe(this.#handleNotice);
    globalThis.addEventListener('online', this.#handleWake);
    document.addEventListener('visibilitychange', this.#handleVisibility);
    this.#resume(outbox);
  }

  /**
   * Stops timers and listeners; the outbox stays in storage for the next element or page. Runs by
   * itself when the element is found gone (so the launcher needs no code for it): a removed
   * widget must not go on sending what the next one (or the next page) will send.
   */
  disconnect(): void {
    globalThis.removeEventListener('online', this.#handleWake);
    document.removeEventListener('visibilitychange', this.#handleVisibility);
    clearTimeout(this.#timer);
    this.#retryAt = undefined;
    for (const timer of this.#deadlines.values()) clearTimeout(timer);
    this.#deadlines.clear();
    this.#outbox?.dispose();
    this.#outbox = undefined;
  }

  /**
   * Hands a frozen ticket over. It is in the outbox before the host hears of it; a host that
   * calls preventDefault() delivers it and acknowledges it; otherwise the endpoint gets it. An
   * endpoint that is not allowed (see ticket/adapters/endpoint.ts) counts as none. `images`, the
   * screenshots attached, go with it: listed on the ticket, given to the host's event, and saved
   * beside the outbox entry (a chunk of their own); nothing waits for them before the entry is written.
   */
  file(filed: Ticket, route: TicketRoute, images: StoredFile[] = [], tag?: ConversationTag): void {
    // A help desk's adapter loads first (connect() started it for the page's own format).
    if (route.endpoint && !hasAdapter(route.format)) {
      void loadAdapter(route.format).then(() => this.file(filed, route, images, tag));
      return;
    }
    if (tag) this.#tags.set(filed.id, tag);
    this.connect();
    const ticket = images.length
      ? { ...filed, attachments: images.map(({ name, type, size }) => ({ name, type, size })) }
      : filed;
    if (images.length) {
      this.#unsaved.set(ticket.id, images);
      void this.#imageStore()
        .then((store) => this.#saveImages(store, ticket.id))
        .catch(() => undefined);
    }
    const outbox = this.#outbox!;
    const endpoint = this.#endpointFrom(route.endpoint);
    const request = endpoint ? requestFor(ticket, endpoint, route.format) : undefined;
    const now = Date.now();
    const { ackTimeout } = deliverySettings;
    this.#filedHere.add(ticket.id);
    outbox.add({
      ticket,
      request,
      route: 'host',
      hostDeadline: now + ackTimeout,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      ...(tag ? { tag } : {}),
    });
    this.#offerToHost(outbox, ticket, request !== undefined, ackTimeout, false, images);
  }

  /** The host delivered a ticket it took over; `reference` is shown to the user. */
  acknowledge(id: string, reference?: string): boolean {
    this.connect();
    return this.#outbox!.acknowledge(id, reference) !== undefined;
  }

  /** The tickets this browser sent in the last 30 days: a payment reported before is one case (issue 18). */
  receipts(): (Receipt & { id: string })[] {
    this.connect();
    return this.#outbox!.receipts();
  }

  /** Tickets filed and not yet delivered: what "Delete my data" would lose. */
  undelivered(): number {
    this.connect();
    return this.#outbox!.entries().length;
  }

  /**
   * "Delete my data": receipts go, and, when the person confirmed it, undelivered tickets with
   * their images, their fallbacks and what they were told about them.
   */
  forget(options: { undelivered: boolean }): void {
    this.connect();
    for (const { id } of this.#outbox!.forget(options)) {
      clearTimeout(this.#deadlines.get(id));
      this.#deadlines.delete(id);
    }
    if (options.undelivered) this.#tracked.clear();
    // Images whose ticket is gone, however it went (a tab closed between delivery and removal).
    const kept = new Set(this.#outbox!.entries().map((entry) => entry.ticket.id));
    for (const id of this.#unsaved.keys()) if (!kept.has(id)) this.#unsaved.delete(id);
    void this.#imageStore().then(
      (store) => store.removeAllBut(kept),
      () => undefined,
    );
    this.#schedule();
    this.#changed();
  }

  /** The person dismissed a failure notice: the refused ticket goes, with its notice. */
  dismiss(id: string): void {
    if (this.#tracked.get(id)?.status.kind !== 'rejected') return;
    this.#outbox?.discard(id);
    this.#tracked.delete(id);
    this.#changed();
  }

  /** The endpoint to POST to, or undefined (none, or one not allowed: warned about once). */
  #endpointFrom(value: string | undefined): string | undefined {
    const checked = checkTicketEndpoint(value, globalThis.location?.href ?? 'about:blank');
    if (!checked || checked.ok) return checked?.url;
    if (!this.#warnedEndpoints.has(value!)) {
      this.#warnedEndpoints.add(value!);
      console.warn(
        `<wallet-support>: ticket-endpoint ignored (${checked.reason}); tickets go to the wallet-support-ticket event instead.`,
      );
    }
    return undefined;
  }

  #resume(outbox: Outbox): void {
    const now = Date.now();
    for (const { ticket, tag } of outbox.entries()) if (tag) this.#tags.set(ticket.id, tag);
    for (const ticket of outbox.expire())
      emit(this.host, 'wallet-support-ticket-failed', { ...this.#tags.get(ticket.id), ticket, error: 'expired' });
    for (const entry of outbox.entries()) {
      const { ticket } = entry;
      if (entry.state === 'rejected') {
        // Its failure notice, with "Copy" and e-mail, belonged to the conversation that filed it.
        outbox.discard(ticket.id);
      } else if (entry.route === 'host') {
        if (entry.request && (entry.hostDeadline ?? 0) <= now) outbox.routeToEndpoint(ticket.id);
        else
          void this.#imagesOf(ticket).then((images) =>
            this.#offerToHost(
              outbox,
              ticket,
              entry.request !== undefined,
              (entry.hostDeadline ?? now) - now,
              true,
              images,
            ),
          );
      } else {
        this.#track(ticket, outbox.queuedState(entry));
      }
    }
    void outbox.wake().then(() => this.#schedule());
  }

  /**
   * The cancelable `wallet-support-ticket` event, with the images' blobs in `ticket.attachments`.
   * Sent again after a reload (`again`) for a ticket the host had not acknowledged: the host may
   * have lost it, and it dedupes by `ticket.id`.
   */
  #offerToHost(
    outbox: Outbox,
    ticket: Ticket,
    hasEndpoint: boolean,
    ackTimeout: number,
    again: boolean,
    images?: StoredFile[],
  ): void {
    const offered = images?.length ? { ...ticket, attachments: images } : ticket;
    const hostTakesOver = !emit(
      this.host,
      'wallet-support-ticket',
      { ...this.#tags.get(ticket.id), ticket: offered },
      { cancelable: true },
    );
    if (hostTakesOver) {
      this.#track(ticket, { kind: 'with-host', unconfirmed: true });
      if (hasEndpoint) this.#fallBackAfter(ticket.id, Math.max(0, ackTimeout));
    } else if (hasEndpoint) {
      outbox.routeToEndpoint(ticket.id);
      this.#track(ticket, { kind: 'sending', durable: outbox.isDurable(ticket.id) });
      void outbox.drain().then(() => this.#schedule());
    } else {
      // No endpoint and no host taking over: the event itself was the delivery. Offered again
      // and not taken, it stays: it was taken over once and waits for its acknowledgement.
      if (!again) outbox.discard(ticket.id);
      this.#track(ticket, { kind: 'with-host', unconfirmed: again });
    }
  }

  /** Where tickets' images wait, and how they are sent (a chunk of its own; tried again if it could not load). */
  #imageStore(): Promise<AttachmentStore> {
    return (this.#images ??= import('../../ticket/attachments.js').then(
      (module) => module.openAttachmentStore(this.#persist !== 'none'),
      (error: unknown) => {
        this.#images = undefined;
        throw error;
      },
    ));
  }

  async #saveImages(store: AttachmentStore, id: string): Promise<void> {
    const images = this.#unsaved.get(id);
    if (!images) return;
    await store.save(id, images);
    this.#unsaved.delete(id);
  }

  /**
   * One attempt of a ticket with images: saved first if they are not yet, then sent in the
   * format's shape. An attempt never throws: a chunk that cannot load (offline) is a retryable failure.
   */
  async #sendWithImages(request: TicketRequest, options: { signal: AbortSignal; timeout: number; id: string }) {
    try {
      const store = await this.#imageStore();
      await this.#saveImages(store, options.id);
      return await store.send(request, options);
    } catch (error) {
      return { ok: false, retryable: true, network: true, error: String(error) } as const;
    }
  }

  /** A ticket's images, blobs included, from where they wait; none when it has none. */
  async #imagesOf(ticket: Ticket): Promise<StoredFile[] | undefined> {
    if (!ticket.attachments?.length) return undefined;
    return this.#unsaved.get(ticket.id) ?? (await (await this.#imageStore()).load(ticket.id))?.files;
  }

  /** A delivered or dropped ticket's images go with it (the outbox says when). */
  #forgetImages = (ticket: Ticket) => {
    this.#unsaved.delete(ticket.id);
    if (ticket.attachments?.length)
      void this.#imageStore().then(
        (store) => store.remove(ticket.id),
        () => undefined,
      );
  };

  #fallBackAfter(id: string, delay: number): void {
    clearTimeout(this.#deadlines.get(id));
    this.#deadlines.set(
      id,
      setTimeout(() => {
        this.#deadlines.delete(id);
        this.#whileConnected(async (outbox) => {
          if (!outbox.get(id)) return;
          outbox.routeToEndpoint(id);
          await outbox.drain();
        });
      }, delay),
    );
  }

  /**
   * One timer for the next ticket that falls due, never sooner than the retry floor: whatever
   * the outbox says, this cannot turn into a 0 ms loop.
   */
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#retryAt = undefined;
    const outbox = this.#outbox;
    if (!outbox) return;
    this.#settleSending(outbox);
    const due = outbox.nextDue();
    if (due === undefined) return;
    const delay = Math.max(minimumDelay(deliverySettings.retry), due - Date.now());
    this.#retryAt = Date.now() + delay;
    this.#timer = setTimeout(() => {
      this.#retryAt = undefined;
      this.#whileConnected((current) => current.drain());
    }, delay);
  }

  /**
   * "Sending…" only while an attempt can be under way. Once the outbox is idle, a ticket still
   * shown as sending was not sent (its routing or its attempt did not happen): say it waits.
   */
  #settleSending(outbox: Outbox): void {
    if (outbox.draining) return;
    for (const { ticket, status } of this.#tracked.values()) {
      const entry = status.kind === 'sending' ? outbox.get(ticket.id) : undefined;
      if (entry?.state === 'queued') this.#track(ticket, outbox.queuedState(entry));
    }
  }

  /** Runs delivery work if the element is still on the page; disconnects otherwise. */
  #whileConnected(work: (outbox: Outbox) => Promise<void>): void {
    if (!this.host.isConnected) {
      this.disconnect();
      return;
    }
    if (this.#outbox) void work(this.#outbox).then(() => this.#schedule());
  }

  #track(ticket: Ticket, status: TicketState): void {
    this.#tracked.set(ticket.id, { ticket, status, filedHere: this.#filedHere.has(ticket.id) });
    this.#changed();
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }

  /**
   * The outbox's word is kept as it is. The host page hears of a refusal, and of a delivery made
   * by this page, not one another tab or an earlier page made (the events of docs/contract.md).
   */
  #handleNotice = ({ ticket, state }: OutboxNotice) => {
    if (state.kind === 'sent') {
      clearTimeout(this.#deadlines.get(ticket.id));
      this.#deadlines.delete(ticket.id);
    }
    this.#track(ticket, state);
    if (state.kind === 'sent' && state.by === 'here')
      emit(this.host, 'wallet-support-ticket-sent', {
        ...this.#tags.get(ticket.id),
        ticket,
        reference: state.reference,
      });
    if (state.kind === 'rejected')
      emit(this.host, 'wallet-support-ticket-failed', { ...this.#tags.get(ticket.id), ticket, error: state.error });
  };

  #handleWake = () => {
    this.#whileConnected((outbox) => outbox.wake());
  };

  #handleVisibility = () => {
    if (document.visibilityState === 'visible') this.#handleWake();
  };
}
