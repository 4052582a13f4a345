import { describe, expect, it } from 'vitest';
import { earlierCase, type SentTicket } from '../../../src/widget/internal/earlier-case.js';

const sent = (overrides: Partial<SentTicket>): SentTicket => ({
  id: crypto.randomUUID(),
  sentAt: Date.parse('2026-11-28T10:00:00Z'),
  problem: 'payment-failed',
  ...overrides,
});
const cny = (value: string) => ({ value, currency: 'CNY' });

describe('which earlier ticket was about this payment', () => {
  it('is the one with the same order id, whatever its amount or time', () => {
    const same = sent({ orderId: 'ORD-1', amount: cny('5') });
    expect(earlierCase([sent({ orderId: 'ORD-2' }), same], { orderId: 'ORD-1', amount: cny('9') })).toBe(same);
  });

  it('is none when the page names another order, even for the same amount and minute', () => {
    const time = '2026-11-28T09:00:00Z';
    const reported = sent({ orderId: 'ORD-1', amount: cny('88.80'), occurredAt: time });
    expect(earlierCase([reported], { orderId: 'ORD-2', amount: cny('88.80'), occurredAt: time })).toBeUndefined();
  });

  it('without an order id, is the one with the same amount and currency at the same minute, in any offset', () => {
    const reported = sent({ amount: cny('88.80'), occurredAt: '2026-11-28T17:00:05+08:00' });
    expect(earlierCase([reported], { amount: cny('88.80'), occurredAt: '2026-11-28T09:00:55Z' })).toBe(reported);
    expect(earlierCase([reported], { amount: cny('88.80'), occurredAt: '2026-11-28T09:01:00Z' })).toBeUndefined();
    expect(earlierCase([reported], { amount: cny('88.8'), occurredAt: '2026-11-28T09:00:00Z' })).toBeUndefined();
    expect(
      earlierCase([reported], { amount: { value: '88.80', currency: 'USD' }, occurredAt: '2026-11-28T09:00:00Z' }),
    ).toBeUndefined();
    expect(earlierCase([reported], { amount: cny('88.80') }), 'no time: not the same payment').toBeUndefined();
  });

  it('is the latest when the payment was reported more than once', () => {
    const older = sent({ orderId: 'ORD-1', sentAt: 1 });
    const newer = sent({ orderId: 'ORD-1', sentAt: 2 });
    expect(earlierCase([older, newer, older], { orderId: 'ORD-1' })).toBe(newer);
  });

  it('is none when the page says nothing of the payment', () => {
    expect(earlierCase([sent({ orderId: 'ORD-1' }), sent({})], {})).toBeUndefined();
  });
});
