/**
 * What the session tells the public events about a conversation (docs/contract.md "Events"): its
 * id, its flow's version, and what moved it, never what was typed.
 */
import { describe, expect, it } from 'vitest';
import { Session, type SessionOptions, type SessionView } from '../../../src/engine/session.js';
import { loadFlow } from '../../../flows/index.js';
import { problemIds } from '../../../src/shared/problems.js';
import { openStore, type Store } from '../../../src/ticket/storage.js';
import { MapStorage } from '../ticket/fakes.js';

const newStore = (): Store => openStore('session', { backend: new MapStorage(), memory: new Map() });

async function started(extra: Partial<SessionOptions> = {}): Promise<Session> {
  const session = new Session({ loadFlow, locale: 'en', problem: 'payment-failed', problems: problemIds, ...extra });
  await session.start();
  return session;
}

describe('the conversation tag of a session', () => {
  it('keeps one random id through the conversation and names the flow version once a flow runs', async () => {
    const triage = await started({ problem: undefined });
    const first = triage.current;
    expect(first.conversationId).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(first.flowVersion).toBeUndefined();
    expect(first.via).toBe('start');

    triage.choose('payment-failed', first.state);
    await expect.poll(() => triage.current.state, { timeout: 10_000 }).toBe('askingError');
    expect(triage.current.conversationId).toBe(first.conversationId);
    expect(triage.current.flowVersion).toBe((await loadFlow('payment-failed')).version);
    expect(triage.current.via).toEqual({ choice: 'payment-failed' });

    const other = await started();
    expect(other.current.conversationId).not.toBe(first.conversationId);
  });

  it('says which kind of answer or action moved it, never the words', async () => {
    const session = await started();
    const vias: SessionView['via'][] = [];
    session.subscribe((view) => vias.push(view.via));
    await session.answer('Daily limit exceeded, card 4111 1111 1111 1111');
    expect(session.current.via).toEqual({ answer: 'error-message' });
    await session.answer("I don't remember");
    expect(session.current.via).toEqual({ answer: 'dont-know' });
    session.back();
    expect(session.current.via).toBe('back');
    await session.answer('¥1,299.50');
    expect(session.current.state).toBe('fixingLimit');
    expect(session.current.via).toEqual({ answer: 'amount' });
    expect(JSON.stringify(vias)).not.toMatch(/4111|1299|limit/i);
  });

  it('goes on as the same conversation after a reload, and as a new one after Start over', async () => {
    const store = newStore();
    const before = await started({ persistence: store });
    await before.answer('Daily limit exceeded');
    const id = before.current.conversationId;
    before.stop();

    const reloaded = new Session({
      loadFlow,
      locale: 'en',
      problem: 'payment-failed',
      problems: problemIds,
      persistence: store,
    });
    // Every view says the kept id, also the busy ones while the flow loads (an open or close then says it).
    const ids = new Set<string>();
    reloaded.subscribe((view) => ids.add(view.conversationId));
    await reloaded.start();
    expect(reloaded.current.state).toBe('askingAmountForLimit');
    expect(reloaded.current.conversationId).toBe(id);
    expect([...ids]).toEqual([id]);
    expect(reloaded.current.via).toBe('resume');

    await reloaded.restart();
    expect(reloaded.current.conversationId).not.toBe(id);
    expect(reloaded.current.via).toBe('start');
  });

  it('keeps the id it is given: the same conversation in another language', async () => {
    const session = await started({ locale: 'zh-CN', conversationId: 'kept-id' });
    expect(session.current.conversationId).toBe('kept-id');
  });
});
