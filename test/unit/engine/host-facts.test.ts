import { afterAll, describe, expect, it } from 'vitest';
import { factsFromHost } from '../../../src/engine/host-facts.js';

const originalTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('what the host page passes', () => {
  it('keeps a decimal amount in the currency minor units, and CNY when no currency is given', () => {
    expect(factsFromHost({ amount: '1299.5' }).amount).toEqual({ value: '1299.50', currency: 'CNY' });
    expect(factsFromHost({ amount: '1000', currency: 'jpy' }).amount).toEqual({ value: '1000', currency: 'JPY' });
    expect(factsFromHost({ amount: '1.250', currency: 'KWD' }).amount).toEqual({ value: '1.250', currency: 'KWD' });
  });

  it('drops, so the flow asks, an amount it would have to round or a currency that does not exist', () => {
    expect(factsFromHost({ amount: '12.999' }).amount).toBeUndefined();
    expect(factsFromHost({ amount: '1000.50', currency: 'JPY' }).amount).toBeUndefined();
    expect(factsFromHost({ amount: '10', currency: 'XYZ<B>' }).amount).toBeUndefined();
    expect(factsFromHost({ amount: '0.00' }).amount).toBeUndefined();
    expect(factsFromHost({ amount: '-5' }).amount).toBeUndefined();
  });

  it('keeps an ISO 8601 time in the user offset and drops anything else', () => {
    expect(factsFromHost({ occurredAt: '2026-11-26T07:00:00Z' }).occurredAt).toBe('2026-11-26T15:00:00+08:00');
    expect(factsFromHost({ occurredAt: 'March 7, 2024' }).occurredAt).toBeUndefined();
    expect(factsFromHost({ occurredAt: '2999-01-01T00:00:00Z' }).occurredAt).toBeUndefined();
  });

  it('masks a card number passed as the error message', () => {
    expect(factsFromHost({ errorMessage: 'card 4111 1111 1111 1111 declined' }).errorMessage).toBe(
      'card •••• 1111 declined',
    );
  });
});

describe('a host time without an offset', () => {
  it('is the user local time, and a date alone is local noon (not UTC midnight)', () => {
    expect(factsFromHost({ occurredAt: '2026-11-20' }).occurredAt).toBe('2026-11-20T12:00:00+08:00');
    expect(factsFromHost({ occurredAt: '2026-11-20T20:30' }).occurredAt).toBe('2026-11-20T20:30:00+08:00');
  });
});

describe('the contact a page passes', () => {
  it('keeps an e-mail address or a phone number, and nothing else', () => {
    expect(factsFromHost({ contact: ' li.lei@example.com ' }).contact).toEqual({ email: 'li.lei@example.com' });
    expect(factsFromHost({ contact: '+86 138 0013 8000' }).contact).toEqual({ phone: '+86 138 0013 8000' });
    expect(factsFromHost({ contact: 'call me' }).contact).toBeUndefined();
    // A card number is never a contact, however it arrives.
    expect(factsFromHost({ contact: '4111 1111 1111 1111' }).contact).toBeUndefined();
    expect(factsFromHost({ contact: '4111111111111111@example.com' }).contact).toBeUndefined();
  });

  it('reads a value a page set as a number as text, not as an error', () => {
    const given = { contact: 13800138000, orderId: 1001, errorCode: 51 } as unknown as Record<string, string>;
    expect(factsFromHost(given)).toMatchObject({ contact: { phone: '13800138000' }, orderId: '1001', errorCode: '51' });
  });
});
