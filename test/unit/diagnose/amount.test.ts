import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/diagnose/index.js';
import { amounts, rejectedAmounts } from './corpus/amounts.js';

describe('parseAmount on the corpus', () => {
  it('has enough accepted amounts to mean something', () => {
    expect(amounts.length).toBeGreaterThanOrEqual(40);
  });

  it.each(amounts.map((c) => [`${c.text} (${c.locale})`, c] as const))('reads %s', (_, c) => {
    expect(parseAmount(c.text, c.locale)).toEqual({ ok: true, value: c.value, currency: c.currency });
  });

  it.each(rejectedAmounts.map((c) => [`${c.text || '(empty)'} (${c.locale})`, c] as const))(
    'rejects %s',
    (_, c) => {
      expect(parseAmount(c.text, c.locale)).toEqual({ ok: false, reason: c.reason });
    },
  );

  it('has a rejected example for every reason', () => {
    const reasons = new Set(rejectedAmounts.map((c) => c.reason));
    for (const reason of ['empty', 'not-an-amount', 'zero', 'negative', 'too-large', 'ambiguous', 'unsupported-currency']) {
      expect(reasons.has(reason as never), reason).toBe(true);
    }
  });
});

describe('parseAmount separators and currencies', () => {
  it('reads a lone comma before three digits as thousands, in zh and en', () => {
    expect(parseAmount('1,234', 'zh-CN')).toMatchObject({ value: '1234.00' });
    expect(parseAmount('1,234', 'en')).toMatchObject({ value: '1234.00' });
  });

  it('rejects a comma before three digits as ambiguous where the comma is the decimal separator', () => {
    expect(parseAmount('1,234', 'de-DE')).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it('reads a lone separator before one, two or four digits as the decimal point', () => {
    expect(parseAmount('12,5', 'en')).toMatchObject({ value: '12.50' });
    expect(parseAmount('12.5', 'de-DE')).toMatchObject({ value: '12.50' });
  });

  it('defaults to CNY in every UI language when no currency is written', () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en']) {
      expect(parseAmount('25', locale)).toEqual({ ok: true, value: '25.00', currency: 'CNY' });
    }
  });

  it('takes the yen sign for yuan and "$" for US dollars', () => {
    expect(parseAmount('¥25', 'en')).toMatchObject({ currency: 'CNY' });
    expect(parseAmount('$25', 'zh-CN')).toMatchObject({ currency: 'USD' });
  });

  it('does not take lower-case words for foreign currency codes', () => {
    expect(parseAmount('25 all together', 'en')).toEqual({ ok: true, value: '25.00', currency: 'CNY' });
  });

  it('accepts the same amount written twice', () => {
    expect(parseAmount('88元（¥88.00）', 'zh-CN')).toEqual({ ok: true, value: '88.00', currency: 'CNY' });
  });

  it('prefers the number that carries a currency over other numbers', () => {
    expect(parseAmount('试了3次，每次 ¥45', 'zh-CN')).toMatchObject({ value: '45.00' });
  });

  it('never throws on input that is not a string', () => {
    expect(parseAmount(undefined as unknown as string, 'en')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount('88', undefined as unknown as string)).toMatchObject({ ok: true, value: '88.00' });
    expect(parseAmount('88', 'not a locale!')).toMatchObject({ ok: true, value: '88.00' });
  });
});
