/**
 * The full error classifier loads only when a message must be read (docs/decisions/0021): a host's
 * code that settles the cause is read without it, and the session loads it before a flow reads a
 * message. This file never loads it itself (unlike the flow tests), so a session that forgot would
 * throw in the flow's `classifyError` action rather than pass.
 */
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../flows/index.js';
import { needsFullReader, readError } from '../../../src/engine/error-reading.js';
import { Session } from '../../../src/engine/session.js';

const unreadMessage = { errorMessage: 'Your card was declined: insufficient funds in the account' };

describe('reading a payment error without the full classifier', () => {
  it("takes the host's code when it settles the cause, as the full classifier would", () => {
    expect(needsFullReader({ errorCode: '51', errorMessage: 'Insufficient funds' })).toBe(false);
    expect(readError('Insufficient funds', '51')).toEqual({
      cause: 'insufficient-balance',
      confidence: 0.95,
      matched: '51',
    });
  });

  it('refuses to guess at a message, or at a code that is only a hint', () => {
    expect(needsFullReader(unreadMessage)).toBe(true);
    // generic_decline is a guess the message may overrule; 00 says nothing of the cause.
    expect(needsFullReader({ errorCode: 'generic_decline' })).toBe(true);
    expect(needsFullReader({ errorCode: '00', errorMessage: 'declined' })).toBe(true);
    expect(needsFullReader({})).toBe(false);
    expect(() => readError(unreadMessage.errorMessage)).toThrow(/before its classifier loaded/);
  });

  it('starts a checkout flow with a settling code without loading it', async () => {
    const session = new Session({
      loadFlow,
      locale: 'en',
      problem: 'payment-failed',
      facts: { errorCode: '51', errorMessage: 'Insufficient funds' },
      problems: [],
    });
    await session.start();
    expect(session.current.context?.classification).toMatchObject({ cause: 'insufficient-balance' });
    expect(needsFullReader(unreadMessage), 'still not loaded').toBe(true);
  });

  it("loads it before the flow reads a host's message, and reads the message", async () => {
    const session = new Session({
      loadFlow,
      locale: 'en',
      problem: 'payment-failed',
      facts: unreadMessage,
      problems: [],
    });
    await session.start();
    expect(session.current.context?.classification).toMatchObject({ cause: 'insufficient-balance' });
    expect(needsFullReader(unreadMessage)).toBe(false);
  });
});
