import { describe, expect, it } from 'vitest';
import { requestFor } from '../../../src/ticket/adapters/index.js';
import type { AttemptResult } from '../../../src/ticket/deliver.js';
import { Outbox, type OutboxEntry, type OutboxNotice } from '../../../src/ticket/outbox.js';
import { openStore } from '../../../src/ticket/storage.js';
import type { Ticket } from '../../../src/ticket/types.js';
import { makeTicket, MapStorage } from './fakes.js';

function setup(answers: AttemptResult[], backend = new MapStorage()) {
  let now = 1_000_000;
  const sent: { key: string; body: string }[] = [];
  const notices: OutboxNotice[] = [];
  const outbox = new Outbox({
    store: openStore('local', { backend, now: () => now }),
    now: () => now,
    random: () => 0.5,
    retry: { baseDelay: 1000, maxDelay: 8000 },
    send: async (request) => {
      sent.push({ key: request.headers['Idempotency-Key']!, body: request.body });
      return answers.shift() ?? { ok: true, status: 201, reference: 'T-1' };
    },
  });
  outbox.subscribe((notice) => notices.push(notice));
  return { outbox, sent, notices, backend, advance: (ms: number) => (now += ms), now: () => now };
}

function queued(ticket: Ticket, now: number): OutboxEntry {
  return { ticket, request: requestFor(ticket, 'https://support.example/t'), route: 'endpoint', state: 'queued', attempts: 0, nextAttemptAt: now };
}

const unavailable: AttemptResult = { ok: false, retryable: true, status: 503, error: 'HTTP 503' };

describe('outbox', () => {
  it('keeps a failed ticket with its backoff, and sends the identical request when it falls due', async () => {
    const { outbox, sent, advance, now } = setup([unavailable]);
    const ticket = makeTicket();
    outbox.add(queued(ticket, now()));
    await outbox.drain();
    expect(outbox.get(ticket.id)).toMatchObject({ attempts: 1, nextAttemptAt: now() + 500, lastError: 'HTTP 503' });

    await outbox.drain();
    expect(sent).toHaveLength(1);
    advance(500);
    await outbox.drain();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[0]!.key).toBe(ticket.id);
    expect(outbox.get(ticket.id)).toBeUndefined();
    expect(outbox.receipt(ticket.id)).toMatchObject({ reference: 'T-1' });
  });

  it('retries at once when woken (online, visible, load), but not before a Retry-After', async () => {
    const { outbox, sent, now } = setup([unavailable, { ...unavailable, retryAfter: 60_000 }]);
    const ticket = makeTicket();
    outbox.add(queued(ticket, now()));
    await outbox.drain();
    await outbox.wake();
    expect(sent).toHaveLength(2);
    await outbox.wake();
    expect(sent).toHaveLength(2);
    expect(outbox.nextDue()).toBe(now() + 60_000);
  });

  it('reports a ticket delivered once when the host acknowledges it while an attempt is under way', async () => {
    let answer: (result: AttemptResult) => void = () => undefined;
    const notices: OutboxNotice[] = [];
    const outbox = new Outbox({
      store: openStore('local', { backend: new MapStorage() }),
      send: () => new Promise<AttemptResult>((resolve) => (answer = resolve)),
    });
    outbox.subscribe((notice) => notices.push(notice));
    const ticket = makeTicket();
    outbox.add(queued(ticket, Date.now()));
    const draining = outbox.drain();
    await Promise.resolve();
    outbox.acknowledge(ticket.id, 'HOST-1');
    answer({ ok: true, status: 201, reference: 'T-9' });
    await draining;
    expect(notices.filter((notice) => notice.type === 'sent')).toHaveLength(1);
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
    expect(notices.map((n) => n.type)).toEqual(['sending', 'rejected']);
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
    expect(notices.at(-1)).toMatchObject({ type: 'sent', reference: 'HOST-1', by: 'here' });
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
    expect(second.notices).toEqual([{ type: 'sent', ticket, reference: 'T-1', by: 'elsewhere' }]);
  });

  it('writes nothing after it is disposed, so the next page finds the ticket as it was', async () => {
    let release!: (result: AttemptResult) => void;
    const backend = new MapStorage();
    const outbox = new Outbox({
      store: openStore('local', { backend }),
      send: () => new Promise((resolve) => (release = resolve)),
    });
    const ticket = makeTicket();
    outbox.add(queued(ticket, 0));
    const draining = outbox.drain();
    outbox.dispose();
    release(unavailable);
    await draining;
    expect(outbox.get(ticket.id)).toMatchObject({ attempts: 0 });
  });
});
