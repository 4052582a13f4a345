import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session.js';
import { loadFlow } from '../../../flows/index.js';

/** A time question: "when was the money taken?", asked after an error that says it was taken twice. */
const TIME_QUESTION = 'checkingWhenCharged';

async function atTimeQuestion(): Promise<Session> {
  const session = new Session({ loadFlow, locale: 'en', problem: 'payment-failed', problems: ['payment-failed'] });
  await session.start();
  await session.answer('I was charged twice');
  expect(session.current.state).toBe(TIME_QUESTION);
  return session;
}

describe('a time more than 180 days ago', () => {
  it('is questioned once and taken when the user says the same time again', async () => {
    const session = await atTimeQuestion();
    await session.answer('2024-01-01 10:00');
    expect(session.current.state).toBe(TIME_QUESTION);
    expect(session.current.transcript.at(-1)?.text).toMatch(/more than 180 days ago/);

    await session.answer('2024-01-01 10:00');
    expect(session.current.state).toBe('checkingWhenChargedPaymentMethod');
    expect(session.current.context?.facts.occurredAt).toMatch(/^2024-01-01T10:00:00/);
  });

  it('is questioned again when the user gives a different old time', async () => {
    const session = await atTimeQuestion();
    await session.answer('2024-01-01 10:00');
    await session.answer('2024-02-01 10:00');
    expect(session.current.state).toBe(TIME_QUESTION);
  });
});
