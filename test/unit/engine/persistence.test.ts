import { describe, expect, it } from 'vitest';
import { conversationKey, type SavedConversation } from '../../../src/engine/persistence.js';
import { Session, type SessionOptions } from '../../../src/engine/session.js';
import { openStore, type Store } from '../../../src/ticket/storage.js';
import { MapStorage } from '../ticket/fakes.js';

function newStore(): Store {
  return openStore('session', { backend: new MapStorage(), memory: new Map() });
}

async function started(store: Store, extra: Partial<SessionOptions> = {}): Promise<Session> {
  const session = new Session({ locale: 'en', problem: 'payment-failed', problems: ['payment-failed'], persistence: store, ...extra });
  await session.start();
  return session;
}


describe('a session kept across reloads', () => {
  it('picks up at the same question with the same log', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('2026-11-26T15:00:00+08:00');
    await before.answer('¥1,299.50');
    const { transcript, state } = before.current;
    expect(state).toBe('askingError');
    before.stop();

    const after = await started(store);
    expect(after.current.state).toBe('askingError');
    expect(after.current.transcript).toEqual(transcript);
    expect(after.current.context?.facts.amount).toEqual({ value: '1299.50', currency: 'CNY' });
    await after.answer('Insufficient funds (51)');
    expect(after.current.state).toBe('fixingBalance');
  });

  it('starts over with a friendly line when the saved flow version differs', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('2026-11-26T15:00:00+08:00');
    const key = conversationKey({ locale: 'en', problem: 'payment-failed', facts: undefined });
    const saved = store.read<SavedConversation>(key)!;
    store.write(key, { ...saved, flow: { ...saved.flow, version: 'old' } }, 60_000);

    const after = await started(store);
    expect(after.current.state).toBe('askingTime');
    expect(after.current.transcript.map((line) => line.from)).toEqual(['bot', 'bot']);
    expect(after.current.transcript[0]!.text).toMatch(/help guide has changed/);
    expect(store.read<SavedConversation>(key)?.flow.version).toBe(saved.flow.version);
  });

  it('drops a snapshot its flow cannot take any more, and starts afresh', async () => {
    const store = newStore();
    const key = conversationKey({ locale: 'en', problem: 'payment-failed' });
    await started(store);
    const saved = store.read<SavedConversation>(key)!;
    store.write(key, { ...saved, snapshot: { ...(saved.snapshot as object), value: 'aStateThatWasRenamed' } }, 60_000);
    const after = await started(store);
    expect(after.current.state).toBe('askingTime');
    expect(after.current.transcript).toHaveLength(1);
  });

  it('forgets the kept conversation when started with resume: false, or restarted', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('2026-11-26T15:00:00+08:00');
    const fresh = await started(store, { resume: false });
    expect(fresh.current.state).toBe('askingTime');
    expect((await started(store)).current.state).toBe('askingTime');

    const again = await started(store);
    await again.answer('2026-11-26T15:00:00+08:00');
    await again.restart();
    expect(again.current.state).toBe('askingTime');
    expect((await started(store)).current.transcript.filter((line) => line.from === 'user')).toEqual([]);
  });

  it('keeps one conversation per host context: other facts or another language start afresh', async () => {
    const store = newStore();
    const before = await started(store);
    await before.answer('2026-11-26T15:00:00+08:00');
    expect((await started(store, { facts: { orderId: 'A-1' } })).current.state).toBe('askingTime');
    expect((await started(store, { locale: 'zh-CN' })).current.state).toBe('askingTime');
    expect((await started(store)).current.state).toBe('askingAmount');
  });

  it('forgets a finished conversation', async () => {
    const store = newStore();
    const session = await started(store, {
      facts: { occurredAt: '2026-11-26T15:00:00+08:00', amount: { value: '10.00', currency: 'CNY' }, errorMessage: '余额不足 (51)' },
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
    await waitUntil(() => before.current.state === 'askingTime');
    const after = await started(store, { problem: undefined });
    expect(after.current.state).toBe('askingTime');
    expect(after.current.transcript.map((line) => line.text)).toEqual(before.current.transcript.map((line) => line.text));
  });
});

/** The flow chunk loads asynchronously after the triage: wait for it, bounded. */
async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(condition()).toBe(true);
}
