import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session.js';
import { loadFlow } from '../../../flows/index.js';

async function started(): Promise<Session> {
  const session = new Session({ loadFlow, locale: 'en', problem: 'payment-failed', problems: ['payment-failed'] });
  await session.start();
  return session;
}

describe('going back a question (user.back)', () => {
  it('returns to the previous question with the log and facts as they were before it was answered', async () => {
    const session = await started();
    expect(session.current.canGoBack).toBe(false);
    await session.answer('Daily limit exceeded');
    const atAmount = session.current;
    expect(atAmount.state).toBe('askingAmountForLimit');
    await session.answer('¥1,299.50');
    expect(session.current.state).toBe('fixingLimit');
    expect(session.current.canGoBack).toBe(true);

    session.back();
    expect(session.current.state).toBe('askingAmountForLimit');
    expect(session.current.transcript).toEqual(atAmount.transcript);
    expect(session.current.context?.facts.amount).toBeUndefined();

    await session.answer('88.80');
    expect(session.current.state).toBe('fixingLimit');
    expect(session.current.context?.facts.amount).toEqual({ value: '88.80', currency: 'CNY' });
  });

  it('ignores Back while the bot is still working out a reply', async () => {
    const session = await started();
    await session.answer('Daily limit exceeded');
    const answering = session.answer('¥1,299.50');
    session.back();
    await answering;
    expect(session.current.state).toBe('fixingLimit');
    session.back();
    expect(session.current.state).toBe('askingAmountForLimit');
  });

  it('does not count an answer that was not understood as a step to go back to', async () => {
    const session = await started();
    await session.answer('Daily limit exceeded');
    await session.answer('a lot of money');
    expect(session.current.state).toBe('askingAmountForLimit');
    session.back();
    expect(session.current.state).toBe('askingError');
    expect(session.current.canGoBack).toBe(false);
  });

  it('offers no way back once the conversation has ended', async () => {
    const session = new Session({
      loadFlow,
      locale: 'en',
      problem: 'payment-failed',
      problems: ['payment-failed'],
      facts: { occurredAt: '2026-11-26T15:00:00+08:00', amount: { value: '1.00', currency: 'CNY' } },
    });
    await session.start();
    await session.answer('Insufficient funds (51)');
    expect(session.current.canGoBack).toBe(true);
    session.choose('solved');
    expect(session.current.state).toBe('resolved');
    expect(session.current.canGoBack).toBe(false);
    session.back();
    expect(session.current.state).toBe('resolved');
  });
});

describe('starting over while an answer is being read', () => {
  it('drops that answer instead of giving it to the new conversation', async () => {
    const session = await started();
    await session.answer('I was charged twice');
    expect(session.current.state).toBe('checkingWhenCharged');
    // A free-text time loads the natural-language parser first: the restart finishes meanwhile.
    const late = session.answer('yesterday at 3pm');
    const restarted = session.restart();
    await Promise.all([late, restarted]);
    expect(session.current.state).toBe('askingError');
    expect(session.current.transcript.filter((line) => line.from === 'user')).toEqual([]);
    expect(session.current.busy).toBe(false);
  });

  it('forgets a time waiting for confirmation', async () => {
    const session = await started();
    await session.answer('I was charged twice');
    await session.answer('2024-01-01 10:00');
    await session.restart();
    await session.answer('I was charged twice');
    await session.answer('2024-01-01 10:00');
    expect(session.current.state).toBe('checkingWhenCharged');
  });
});
