import { describe, expect, it } from 'vitest';
import { withEdits } from '../../../src/engine/edits.js';

describe('applying the ticket form to what the conversation knew', () => {
  const facts = {
    amount: { value: '88.80', currency: 'CNY' },
    occurredAt: '2026-11-26T15:00:00+08:00',
    merchant: 'Lumen',
  };

  it('replaces edited fields, keeps untouched ones and removes emptied ones', () => {
    const next = withEdits(facts, {
      amount: null,
      occurredAt: undefined,
      merchant: 'Lumen Coffee',
      description: 'still failing',
    });
    expect(next).toEqual({ occurredAt: facts.occurredAt, merchant: 'Lumen Coffee', description: 'still failing' });
    expect('amount' in next).toBe(false);
  });

  it('does not change the facts it was given', () => {
    withEdits(facts, { amount: null });
    expect(facts.amount).toEqual({ value: '88.80', currency: 'CNY' });
  });
});
