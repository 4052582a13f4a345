import { describe, expect, it } from 'vitest';
import { CONVERSATION_TTL, conversationKey, type SavedConversation } from '../../../src/engine/persistence.js';
import { Session, type SessionOptions } from '../../../src/engine/session.js';
import { loadFlow } from '../../../flows/index.js';
import { openStore, type Store } from '../../../src/ticket/storage.js';
import { MapStorage } from '../ticket/fakes.js';

function newStore(now?: () => number): Store {
  return openStore('session', { backend: new MapStorage(), memory: new Map(), now });
}

async function started(store: Store, extra: Partial<SessionOptions> = {}): Promise<Session> {
  const session = new Session({
    loadFlow,
    locale: 'en',
    problem: 'payment-failed',
    problems: ['payment-failed'],
    persistence: store,
    ...extra,
  });
  await session.start();
  return session;
}

describe('a session kept across reloads', () => {
  it('keeps a conversation a day, or a week with persist="local" (keepFor), and not a moment longer', async () => {
    for (const [keepFor, lasts] of [
      [undefined, 24 * 60 * 60_000],
      [CONVERSATION_TTL.local, 7 * 24 * 60 * 60_000],
    ] as const) {
      const clock = { now: Date.now() };
      const store = newStore(() => clock.now);
      const before = await started(store, { keepFor });
      await before.answer('I was charged twice');
      before.stop();
      const [key] = store.keys('conversation:');
      clock.now += lasts - 1;
      expect(store.read(key!), 'kept until then').toBeDefined();
      clock.now += 1;
      expect(store.read(key!), 'then gone').toBeUndefined();
      const after = await started(store, { keepFor });
      expect(after.current.transcript.some((line) => line.text === 'I was charged twice')).toBe(false);
    }
  });

  it('picks up at the same question with the same log', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('I was charged twice');
    // Recent enough that the money is not overdue yet, whatever day the test runs.
    await before.answer('just now');
    const { transcript, state } = before.current;
    expect(state).toBe('checkingWhenChargedPaymentMethod');
    before.stop();

    const after = await started(store);
    expect(after.current.state).toBe('checkingWhenChargedPaymentMethod');
    expect(after.current.transcript).toEqual(transcript);
    expect(after.current.context?.facts.occurredAt).toBe(before.current.context?.facts.occurredAt);
    after.choose('debit-card');
    expect(after.current.state).toBe('fixingDuplicateCharge');
  });

  it('starts over with a friendly line when the saved flow version differs', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('I was charged twice');
    const key = conversationKey({ locale: 'en', problem: 'payment-failed', facts: undefined });
    const saved = store.read<SavedConversation>(key)!;
    store.write(key, { ...saved, flow: { ...saved.flow, version: 'old' } }, 60_000);

    const after = await started(store);
    expect(after.current.state).toBe('askingError');
    expect(after.current.transcript.map((line) => line.from)).toEqual(['bot', 'bot']);
    expect(after.current.transcript[0]!.text).toMatch(/could not pick up where we left off/);
    // The outdated one is gone; the new one is kept once the person says something.
    expect(store.read<SavedConversation>(key)).toBeUndefined();
    await after.answer('I was charged twice');
    expect(store.read<SavedConversation>(key)?.flow.version).toBe(saved.flow.version);
  });

  it('keeps nothing until the person has said something', async () => {
    const store = newStore();
    const session = await started(store, { facts: { orderId: 'ORD-1' } });
    expect(session.current.transcript.length).toBeGreaterThan(0);
    expect(store.keys('conversation:')).toEqual([]);
    await session.answer('I was charged twice');
    expect(store.keys('conversation:')).toHaveLength(1);
  });

  it('drops a snapshot its flow cannot take any more, and starts afresh', async () => {
    const store = newStore();
    const key = conversationKey({ locale: 'en', problem: 'payment-failed' });
    await (await started(store)).answer('I was charged twice');
    const saved = store.read<SavedConversation>(key)!;
    store.write(key, { ...saved, snapshot: { ...(saved.snapshot as object), value: 'aStateThatWasRenamed' } }, 60_000);
    const after = await started(store);
    expect(after.current.state).toBe('askingError');
    expect(after.current.transcript[0]!.text).toMatch(/could not pick up where we left off/);
    expect(after.current.transcript).toHaveLength(2);
  });

  it.each([
    ['a transcript that is not a list', (context: Record<string, unknown>) => ({ ...context, transcript: 'oops' })],
    [
      'a message without text',
      (context: Record<string, unknown>) => ({ ...context, transcript: [{ from: 'bot', at: 'x' }] }),
    ],
    ['tried fixes that are not strings', (context: Record<string, unknown>) => ({ ...context, fixesTried: [1] })],
    ['no facts', (context: Record<string, unknown>) => ({ ...context, facts: null })],
    ['another problem', (context: Record<string, unknown>) => ({ ...context, problem: 'top-up-failed' })],
  ])('discards a snapshot with %s, with the same friendly line, and keeps working', async (_name, damage) => {
    const store = newStore();
    const key = conversationKey({ locale: 'en', problem: 'payment-failed' });
    const before = await started(store);
    await before.answer('I was charged twice');
    const saved = store.read<SavedConversation>(key)!;
    const snapshot = saved.snapshot as { context: Record<string, unknown> };
    store.write(key, { ...saved, snapshot: { ...snapshot, context: damage(snapshot.context) } }, 60_000);

    const after = await started(store);
    expect(after.current.state).toBe('askingError');
    expect(after.current.busy).toBe(false);
    expect(after.current.transcript[0]!.text).toMatch(/could not pick up where we left off/);
    await after.answer('I was charged twice');
    expect(after.current.state).toBe('checkingWhenCharged');
  });

  it('forgets the kept conversation when started with resume: false, or restarted', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('I was charged twice');
    const fresh = await started(store, { resume: false });
    expect(fresh.current.state).toBe('askingError');
    expect((await started(store)).current.state).toBe('askingError');

    const again = await started(store);
    await again.answer('I was charged twice');
    await again.restart();
    expect(again.current.state).toBe('askingError');
    expect((await started(store)).current.transcript.filter((line) => line.from === 'user')).toEqual([]);
  });

  it('keeps one conversation per host context: other facts or another language start afresh', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('I was charged twice');
    expect((await started(store, { facts: { orderId: 'A-1' } })).current.state).toBe('askingError');
    expect((await started(store, { locale: 'zh-CN' })).current.state).toBe('askingError');
    expect((await started(store)).current.state).toBe('checkingWhenCharged');
  });

  it('forgets a finished conversation', async () => {
    const store = newStore();
    const session = await started(store, {
      facts: {
        occurredAt: '2026-11-26T15:00:00+08:00',
        amount: { value: '10.00', currency: 'CNY' },
        errorMessage: '余额不足 (51)',
      },
    });
    expect(session.current.state).toBe('fixingBalance');
    session.choose('solved');
    expect(session.current.prompt).toMatchObject({ kind: 'done' });
    expect(store.keys('conversation:')).toEqual([]);
  });

  it('resumes a flow chosen in the triage, without asking for the problem again', async () => {
    const store = newStore();
    const before = await started(store, { problem: undefined });
    before.choose('payment-failed');
    await waitUntil(() => before.current.state === 'askingError');
    const after = await started(store, { problem: undefined });
    expect(after.current.state).toBe('askingError');
    expect(after.current.transcript.map((line) => line.text)).toEqual(
      before.current.transcript.map((line) => line.text),
    );
  });
});

/** The flow chunk loads asynchronously after the triage: wait for it, bounded. */
async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(condition()).toBe(true);
}
