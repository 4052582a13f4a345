import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestFor } from '../../../src/ticket/adapters/index.js';
import { attemptDelivery, type AttemptResult } from '../../../src/ticket/deliver.js';
import {
  Outbox,
  OUTBOX_TTL,
  RECEIPT_TTL,
  type OutboxEntry,
  type OutboxNotice,
  type OutboxOptions,
} from '../../../src/ticket/outbox.js';
import { openStore, type StorageBackend } from '../../../src/ticket/storage.js';
import type { Ticket } from '../../../src/ticket/types.js';
import { FlakyStorage, makeTicket, MapStorage } from './fakes.js';

const retry = { baseDelay: 1000, maxDelay: 8000, minDelay: 100 };
/** With random() = 0.5, the first backoff: the floor plus half of the rest of the 1 s ceiling. */
const FIRST_DELAY = 100 + 450;

/** One tab's outbox over `backend`, with its own memory (as a page has), a clock and a fake endpoint. */
function setup(
  answers: AttemptResult[],
  backend: StorageBackend = new MapStorage(),
  options: Partial<OutboxOptions> = {},
) {
  const clock = { now: 1_000_000 };
  const sent: { key: string; body: string; at: number }[] = [];
  const notices: OutboxNotice[] = [];
  const outbox = new Outbox({
    store: openStore('local', { backend, memory: new Map(), now: () => clock.now }),
    now: () => clock.now,
    random: () => 0.5,
    retry,
    // Without locks, a lease; the fake storage is shared synchronously, so nothing to wait for.
    settle: () => Promise.resolve(),
    send: async (request) => {
      sent.push({ key: request.headers['Idempotency-Key']!, body: request.body, at: clock.now });
      return answers.shift() ?? { ok: true, status: 201, reference: 'T-1' };
    },
    ...options,
  });
  outbox.subscribe((notice) => notices.push(notice));
  return { outbox, sent, notices, backend, clock, advance: (ms: number) => (clock.now += ms), now: () => clock.now };
}

function queued(ticket: Ticket, now: number, url = 'https://support.example/t'): OutboxEntry {
  return {
    ticket,
    request: requestFor(ticket, url),
    route: 'endpoint',
    state: 'queued',
    attempts: 0,
    nextAttemptAt: now,
  };
}

const unavailable: AttemptResult = { ok: false, retryable: true, status: 503, error: 'HTTP 503' };
const tooMany: AttemptResult = { ok: false, retryable: true, status: 429, error: 'HTTP 429', retryAfter: 60_000 };

describe('outbox', () => {
  it('remembers a delivered ticket for 30 days with which payment it was about, and nothing of the person', async () => {
    const { outbox, now, advance } = setup([]);
    const ticket = makeTicket({
      orderId: 'ORD-1',
      amount: { value: '88.80', currency: 'CNY' },
      occurredAt: '2026-11-28T09:00:00Z',
      contact: { email: 'li.lei@example.com' },
      description: 'my words',
    });
    outbox.add(queued(ticket, now()));
    await outbox.drain();
    const [receipt] = outbox.receipts();
    expect(receipt).toEqual({
      id: ticket.id,
      reference: 'T-1',
      sentAt: now(),
      problem: ticket.problem,
      orderId: 'ORD-1',
      amount: { value: '88.80', currency: 'CNY' },
      occurredAt: '2026-11-28T09:00:00Z',
    });
    advance(RECEIPT_TTL - 1);
    expect(outbox.receipts()).toHaveLength(1);
    advance(1);
    expect(outbox.receipts()).toEqual([]);
  });

  it('gives up the tickets filed more than 14 days ago, and only those', () => {
    const removed: string[] = [];
    const { outbox, now } = setup([], new MapStorage(), { removed: (ticket) => removed.push(ticket.id) });
    const old = makeTicket({ createdAt: new Date(now() - OUTBOX_TTL - 1).toISOString() });
    const recent = makeTicket({ createdAt: new Date(now() - OUTBOX_TTL + 60_000).toISOString() });
    outbox.add(queued(old, now()));
    outbox.add(queued(recent, now()));
    expect(outbox.expire().map((ticket) => ticket.id)).toEqual([old.id]);
    expect(outbox.entries().map((entry) => entry.ticket.id)).toEqual([recent.id]);
    expect(removed).toEqual([old.id]);
  });

  it('keeps no receipt of a ticket forgotten while it was on its way', async () => {
    let answer!: (result: AttemptResult) => void;
    const { outbox, now, notices } = setup([], new MapStorage(), {
      send: () => new Promise<AttemptResult>((resolve) => (answer = resolve)),
    });
    const ticket = makeTicket();
    outbox.add(queued(ticket, now()));
    const drained = outbox.drain();
    await vi.waitFor(() => expect(answer).toBeDefined());
    outbox.forget({ undelivered: true });
    answer({ ok: true, status: 201, reference: 'T-1' });
    await drained;
    expect(outbox.receipts()).toEqual([]);
    expect(notices.filter((notice) => notice.state.kind === 'sent')).toEqual([]);
  });

  it('forgets receipts, and undelivered tickets only when asked', async () => {
    const { outbox, now } = setup([]);
    const delivered = makeTicket();
    outbox.add(queued(delivered, now()));
    await outbox.drain();
    const waiting = makeTicket();
    outbox.add({ ...queued(waiting, now()), route: 'host' });
    expect(outbox.forget({ undelivered: false })).toEqual([]);
    expect(outbox.receipts()).toEqual([]);
    expect(outbox.entries()).toHaveLength(1);
    expect(outbox.forget({ undelivered: true }).map((ticket) => ticket.id)).toEqual([waiting.id]);
    expect(outbox.entries()).toEqual([]);
  });

  it('says when a ticket leaves it, delivered or dropped, and passes each attempt its ticket id', async () => {
    const removed: string[] = [];
    const ids: string[] = [];
    const { outbox, now } = setup([], new MapStorage(), {
      removed: (ticket) => removed.push(ticket.id),
      send: async (_request, { id }) => {
        ids.push(id);
        return { ok: true, status: 201, reference: 'T-1' };
      },
    });
    const delivered = makeTicket();
    const dropped = makeTicket();
    outbox.add(queued(delivered, now()));
    outbox.add({ ...queued(dropped, now()), route: 'host' });
    await outbox.drain();
    expect(ids).toEqual([delivered.id]);
    expect(removed).toEqual([delivered.id]);
    outbox.discard(dropped.id);
    outbox.discard(dropped.id);
    expect(removed).toEqual([delivered.id, dropped.id]);
  });

  it('keeps a failed ticket with its backoff, and sends the identical request when it falls due', async () => {
    const { outbox, sent, advance, now } = setup([unavailable]);
    const ticket = makeTicket();
    outbox.add(queued(ticket, now()));
    await outbox.drain();
    expect(outbox.get(ticket.id)).toMatchObject({
      attempts: 1,
      nextAttemptAt: now() + FIRST_DELAY,
      lastError: 'HTTP 503',
    });

    await outbox.drain();
    expect(sent).toHaveLength(1);
    advance(FIRST_DELAY);
    await outbox.drain();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toBe(sent[0]!.body);
    expect(sent[0]!.key).toBe(ticket.id);
    expect(outbox.get(ticket.id)).toBeUndefined();
    expect(outbox.receipt(ticket.id)).toMatchObject({ reference: 'T-1' });
  });

  it('retries without the backoff when woken (online, visible, load), but not before the floor or a Retry-After', async () => {
    const { outbox, sent, now, advance } = setup([unavailable, tooMany]);
    const ticket = makeTicket();
    outbox.add(queued(ticket, now()));
    await outbox.drain();
    await outbox.wake();
    expect(sent).toHaveLength(1);
    advance(retry.minDelay);
    await outbox.wake();
    expect(sent).toHaveLength(2);
    advance(retry.minDelay);
    await outbox.wake();
    expect(sent).toHaveLength(2);
    expect(outbox.nextDue()).toBe(now() - retry.minDelay + 60_000);
  });

  it('sends a ticket at most once per floor however often it is woken', async () => {
    const { outbox, sent, now, advance } = setup([unavailable, unavailable, unavailable]);
    outbox.add(queued(makeTicket(), now()));
    for (let wake = 0; wake < 50; wake++) {
      await outbox.wake();
      advance(10);
    }
    // 500 ms of wake-ups with a 100 ms floor.
    expect(sent.length).toBeLessThanOrEqual(5);
    for (let index = 1; index < sent.length; index++)
      expect(sent[index]!.at - sent[index - 1]!.at).toBeGreaterThanOrEqual(retry.minDelay);
  });

  it('reports a ticket delivered once when the host acknowledges it while an attempt is under way', async () => {
    let answer: (result: AttemptResult) => void = () => undefined;
    const notices: OutboxNotice[] = [];
    const outbox = new Outbox({
      store: openStore('local', { backend: new MapStorage(), memory: new Map() }),
      locks: { request: (_name, callback) => callback() },
      send: () => new Promise<AttemptResult>((resolve) => (answer = resolve)),
    });
    outbox.subscribe((notice) => notices.push(notice));
    const ticket = makeTicket();
    outbox.add(queued(ticket, Date.now()));
    const draining = outbox.drain();
    await vi.waitFor(() => expect(notices.map((notice) => notice.state.kind)).toContain('sending'));
    outbox.acknowledge(ticket.id, 'HOST-1');
    answer({ ok: true, status: 201, reference: 'T-9' });
    await draining;
    expect(notices.filter((notice) => notice.state.kind === 'sent')).toHaveLength(1);
    expect(outbox.receipt(ticket.id)).toMatchObject({ reference: 'HOST-1' });
  });

  it('keeps a refused ticket as rejected and never sends it again', async () => {
    const { outbox, sent, notices, now } = setup([{ ok: false, retryable: false, status: 400, error: 'HTTP 400' }]);
    const ticket = makeTicket();
    outbox.add(queued(ticket, now()));
    await outbox.wake();
    await outbox.wake();
    expect(sent).toHaveLength(1);
    expect(outbox.get(ticket.id)).toMatchObject({ state: 'rejected', lastStatus: 400, ticket });
    expect(notices.map((n) => n.state)).toEqual([
      { kind: 'sending', durable: true },
      { kind: 'rejected', error: 'HTTP 400', status: 400 },
    ]);
    expect(outbox.nextDue()).toBeUndefined();
  });

  it('leaves a ticket handed to the host alone until it is acknowledged or falls back to the endpoint', async () => {
    const { outbox, sent, notices, now } = setup([]);
    const ticket = makeTicket();
    outbox.add({ ...queued(ticket, now()), route: 'host' });
    await outbox.wake();
    expect(sent).toHaveLength(0);

    outbox.routeToEndpoint(ticket.id);
    await outbox.drain();
    expect(sent).toHaveLength(1);

    const acknowledged = makeTicket();
    outbox.add({ ...queued(acknowledged, now()), route: 'host' });
    expect(outbox.acknowledge(acknowledged.id, 'HOST-1')?.id).toBe(acknowledged.id);
    expect(outbox.get(acknowledged.id)).toBeUndefined();
    expect(notices.at(-1)).toMatchObject({
      ticket: acknowledged,
      state: { kind: 'sent', reference: 'HOST-1', by: 'here' },
    });
    expect(outbox.acknowledge(acknowledged.id)).toBeUndefined();
  });

  it('settles a ticket whose receipt exists without sending it again (a page stopped between the two writes)', async () => {
    const backend = new MapStorage();
    const first = setup([], backend);
    const ticket = makeTicket();
    first.outbox.add(queued(ticket, first.now()));
    const entryKey = [...backend.items.keys()].find((key) => key.includes('outbox:'))!;
    const entry = backend.getItem(entryKey)!;
    await first.outbox.drain();
    backend.setItem(entryKey, entry);

    const second = setup([], backend);
    await second.outbox.wake();
    expect(second.sent).toHaveLength(0);
    expect(second.outbox.get(ticket.id)).toBeUndefined();
    expect(second.notices).toEqual([{ ticket, state: { kind: 'sent', reference: 'T-1', by: 'elsewhere' } }]);
  });

  it('writes nothing after it is disposed, so the next page finds the ticket as it was', async () => {
    let release!: (result: AttemptResult) => void;
    const backend = new MapStorage();
    const outbox = new Outbox({
      store: openStore('local', { backend, memory: new Map() }),
      locks: { request: (_name, callback) => callback() },
      send: () => new Promise((resolve) => (release = resolve)),
    });
    const ticket = makeTicket();
    outbox.add(queued(ticket, 0));
    const draining = outbox.drain();
    await vi.waitFor(() => expect(release).toBeDefined());
    outbox.dispose();
    release(unavailable);
    await draining;
    expect(outbox.get(ticket.id)).toMatchObject({ attempts: 0 });
  });
});

describe('outbox over storage that fills up or throws', () => {
  it('waits its backoff when storage fills after the ticket was queued (no retry storm)', async () => {
    const backend = new FlakyStorage();
    const { outbox, sent, now, advance } = setup(
      [{ ...unavailable, status: 500, error: 'HTTP 500' }, tooMany],
      backend,
    );
    const ticket = makeTicket();
    outbox.add(queued(ticket, now()));
    backend.mode = 'full';
    await outbox.drain();
    for (let pass = 0; pass < 20; pass++) await outbox.drain();
    expect(sent).toHaveLength(1);
    expect(outbox.nextDue()).toBe(now() + FIRST_DELAY);

    advance(FIRST_DELAY);
    await outbox.drain();
    expect(sent).toHaveLength(2);
    // 429 with Retry-After: 60 is honoured though storage cannot keep it.
    for (let pass = 0; pass < 20; pass++) await outbox.wake();
    expect(sent).toHaveLength(2);
    expect(outbox.nextDue()).toBe(now() + 60_000);
    advance(60_000);
    await outbox.drain();
    expect(sent).toHaveLength(3);
    expect(outbox.get(ticket.id)).toBeUndefined();
  });

  it('honours a Retry-After that arrives while storage throws and cannot record it', async () => {
    const backend = new FlakyStorage();
    const { outbox, sent, now, advance } = setup([], backend, {
      send: async (request) => {
        sent.push({ key: request.headers['Idempotency-Key']!, body: request.body, at: now() });
        backend.mode = 'throwing';
        return tooMany;
      },
    });
    outbox.add(queued(makeTicket(), now()));
    await outbox.drain();
    backend.mode = 'ok';
    advance(30_000);
    await outbox.wake();
    expect(sent).toHaveLength(1);
    expect(outbox.nextDue()).toBe(now() + 30_000);
  });

  it('says at once that a ticket storage refused would be lost by a reload, and when it is safe after all', async () => {
    const backend = new FlakyStorage();
    backend.mode = 'full';
    const { outbox, notices, now, advance } = setup([unavailable], backend);
    const ticket = makeTicket();
    expect(outbox.add(queued(ticket, now()))).toBe(false);
    await outbox.drain();
    expect(notices.map((notice) => notice.state)).toMatchObject([
      { kind: 'sending', durable: false },
      { kind: 'queued', durable: false },
    ]);
    const waiting = notices[1]!.state;

    backend.mode = 'ok';
    advance(FIRST_DELAY);
    await outbox.drain();
    expect(notices.slice(2).map(({ state }) => [state.kind, 'durable' in state ? state.durable : undefined])).toEqual([
      ['queued', true],
      ['sending', true],
      ['sent', undefined],
    ]);
    // The change of durability is the last state told again, nothing else changed in it.
    expect(notices[2]!.state).toEqual({ ...waiting, durable: true });
  });

  it('keeps a ticket whose first write storage refused, and sends it from memory', async () => {
    const backend = new FlakyStorage();
    backend.mode = 'throwing';
    const { outbox, sent, now } = setup([], backend);
    const ticket = makeTicket();
    expect(outbox.add(queued(ticket, now()))).toBe(false);
    expect(outbox.isDurable(ticket.id)).toBe(false);
    await outbox.drain();
    expect(sent.map((post) => post.key)).toEqual([ticket.id]);
  });

  it('sends a ticket routed to the endpoint after storage filled up (not "Sending…" forever)', async () => {
    const backend = new FlakyStorage();
    const { outbox, sent, now } = setup([], backend);
    const ticket = makeTicket();
    outbox.add({ ...queued(ticket, now()), route: 'host' });
    backend.mode = 'full';
    outbox.routeToEndpoint(ticket.id);
    await outbox.drain();
    expect(sent.map((post) => post.key)).toEqual([ticket.id]);
    expect(outbox.get(ticket.id)).toBeUndefined();
  });
});

describe('outbox timing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gets a ticket to an endpoint that always takes 30 s to answer, giving later attempts longer', async () => {
    vi.useFakeTimers();
    const posts: number[] = [];
    const slowEndpoint: typeof fetch = (_url, init) =>
      new Promise((resolve, reject) => {
        posts.push(Date.now());
        const answer = setTimeout(() => resolve(Response.json({ id: 'T-30' }, { status: 201 })), 30_000);
        init!.signal!.addEventListener('abort', () => {
          clearTimeout(answer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const outbox = new Outbox({
      store: openStore('local', { backend: new MapStorage(), memory: new Map() }),
      locks: { request: (_name, callback) => callback() },
      random: () => 0.5,
      send: (request, { signal, timeout }) => attemptDelivery(request, { fetch: slowEndpoint, signal, timeout }),
    });
    let reference: string | undefined;
    outbox.subscribe((notice) => {
      if (notice.state.kind === 'sent') reference = notice.state.reference;
    });
    outbox.add(queued(makeTicket(), Date.now()));
    // What the courier's timer does, second by second, for ten simulated minutes.
    for (let second = 0; second < 600 && reference === undefined; second++) {
      if (!outbox.draining && (outbox.nextDue() ?? Infinity) <= Date.now()) void outbox.drain();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(reference).toBe('T-30');
    // 15 s and 30 s (a tie goes to the timeout) are too short; 60 s is not.
    expect(posts).toHaveLength(3);
  });
});

describe('outbox without Web Locks', () => {
  it('lets one of two tabs POST a ticket, and the other leave it alone', async () => {
    const backend = new MapStorage();
    let answer!: (result: AttemptResult) => void;
    const pending = new Promise<AttemptResult>((resolve) => (answer = resolve));
    const firstPosts: string[] = [];
    const first = setup([], backend, {
      send: (request) => {
        firstPosts.push(request.headers['Idempotency-Key']!);
        return pending;
      },
    });
    const second = setup([], backend);
    const ticket = makeTicket();
    first.outbox.add(queued(ticket, first.now()));

    const drains = [first.outbox.drain(), second.outbox.drain()];
    await vi.waitFor(() => expect(firstPosts).toHaveLength(1));
    await drains[1];
    expect(second.sent).toHaveLength(0);
    answer({ ok: true, status: 201, reference: 'T-1' });
    await drains[0];
    second.advance(60_000);
    await second.outbox.wake();
    expect(firstPosts).toEqual([ticket.id]);
    expect(second.sent).toHaveLength(0);
    expect(second.outbox.receipt(ticket.id)).toMatchObject({ reference: 'T-1' });
  });

  it('takes over a ticket whose tab closed mid-attempt once that attempt has timed out', async () => {
    const backend = new MapStorage();
    const first = setup([], backend, { send: () => new Promise<AttemptResult>(() => undefined) });
    const second = setup([], backend);
    const ticket = makeTicket();
    first.outbox.add(queued(ticket, first.now()));
    void first.outbox.drain();
    await vi.waitFor(() => expect(first.notices.map((notice) => notice.state.kind)).toContain('sending'));
    first.outbox.dispose();

    await second.outbox.wake();
    expect(second.sent).toHaveLength(0);
    const due = second.outbox.nextDue()!;
    // The first attempt's 15 s timeout, and a margin for an answer on its way.
    expect(due - second.now()).toBeGreaterThan(15_000);
    second.clock.now = due;
    await second.outbox.drain();
    expect(second.sent.map((post) => post.key)).toEqual([ticket.id]);
  });
});

describe('outbox and bodies too large', () => {
  const longTicket = () =>
    makeTicket({
      transcript: Array.from({ length: 400 }, (_, index) => ({
        from: index % 2 ? ('bot' as const) : ('user' as const),
        text: `line ${index} ${'x'.repeat(300)}`,
        at: new Date(1_700_000_000_000 + index).toISOString(),
      })),
    });

  it('answers a 413 for the whole ticket by sending it capped, under the same key', async () => {
    const { outbox, sent, now, advance } = setup([{ ok: false, retryable: false, status: 413, error: 'HTTP 413' }]);
    const ticket = longTicket();
    outbox.add(queued(ticket, now()));
    await outbox.drain();
    advance(retry.minDelay);
    await outbox.drain();
    expect(sent.map((post) => post.key)).toEqual([ticket.id, ticket.id]);
    expect(sent[1]!.body.length).toBeLessThan(sent[0]!.body.length);
    expect(sent[1]!.body).toMatch(/lines left out/);
    expect(outbox.receipt(ticket.id)).toBeDefined();
  });

  it('takes a 413 for an already capped body as final', async () => {
    const { outbox, sent, now, advance } = setup([
      { ok: false, retryable: false, status: 413, error: 'HTTP 413' },
      { ok: false, retryable: false, status: 413, error: 'HTTP 413' },
    ]);
    const ticket = longTicket();
    outbox.add(queued(ticket, now()));
    await outbox.drain();
    advance(retry.minDelay);
    await outbox.drain();
    advance(60_000);
    await outbox.wake();
    expect(sent).toHaveLength(2);
    expect(outbox.get(ticket.id)).toMatchObject({ state: 'rejected', lastStatus: 413 });
  });
});
