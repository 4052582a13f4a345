import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session.js';

describe('a time more than 180 days ago', () => {
  it('is questioned once and taken when the user says the same time again', async () => {
    const session = new Session({ locale: 'en', problem: 'payment-failed', problems: ['payment-failed'] });
    await session.start();
    await session.answer('2024-01-01 10:00');
    expect(session.current.state).toBe('askingTime');
    expect(session.current.transcript.at(-1)?.text).toMatch(/more than 180 days ago/);

    await session.answer('2024-01-01 10:00');
    expect(session.current.state).toBe('askingAmount');
    expect(session.current.context?.facts.occurredAt).toMatch(/^2024-01-01T10:00:00/);
  });

  it('is questioned again when the user gives a different old time', async () => {
    const session = new Session({ locale: 'en', problem: 'payment-failed', problems: ['payment-failed'] });
    await session.start();
    await session.answer('2024-01-01 10:00');
    await session.answer('2024-02-01 10:00');
    expect(session.current.state).toBe('askingTime');
  });
});
