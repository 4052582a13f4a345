import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/diagnose/index.js';
import { amounts, rejectedAmounts } from './corpus/amounts.js';

describe('parseAmount on the corpus', () => {
  it('has enough accepted amounts to mean something', () => {
    expect(amounts.length).toBeGreaterThanOrEqual(40);
  });

  it.each(amounts.map((c) => [`${c.text} (${c.locale})`, c] as const))('reads %s', (_, c) => {
    const confirm = c.needsConfirmation ? { needsConfirmation: c.needsConfirmation } : {};
    expect(parseAmount(c.text, c.locale)).toEqual({ ok: true, value: c.value, currency: c.currency, ...confirm });
  });

  it.each(rejectedAmounts.map((c) => [`${c.text || '(empty)'} (${c.locale})`, c] as const))('rejects %s', (_, c) => {
    expect(parseAmount(c.text, c.locale)).toEqual({ ok: false, reason: c.reason });
  });

  it('has a rejected example for every reason', () => {
    const reasons = new Set(rejectedAmounts.map((c) => c.reason));
    for (const reason of [
      'empty',
      'not-an-amount',
      'zero',
      'negative',
      'too-large',
      'ambiguous',
      'unsupported-currency',
    ]) {
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
    expect(parseAmount('25 all together', 'en')).toMatchObject({ ok: true, value: '25.00', currency: 'CNY' });
  });

  it('accepts the same amount written twice', () => {
    expect(parseAmount('88元（¥88.00）', 'zh-CN')).toEqual({ ok: true, value: '88.00', currency: 'CNY' });
  });

  it('prefers the number that carries a currency over other numbers', () => {
    expect(parseAmount('试了3次，每次 ¥45', 'zh-CN')).toMatchObject({ value: '45.00' });
  });

  it('keeps the currency a Taiwan or Hong Kong answer names, in either script', () => {
    const words: [string, string, string][] = [
      ['新台幣', '新台币', 'TWD'],
      ['台幣', '台币', 'TWD'],
      ['港幣', '港币', 'HKD'],
      ['港元', '港元', 'HKD'],
      ['澳門幣', '澳门币', 'MOP'],
      ['澳門元', '澳门元', 'MOP'],
      ['歐元', '欧元', 'EUR'],
      ['美金', '美金', 'USD'],
      ['美元', '美元', 'USD'],
      ['人民幣', '人民币', 'CNY'],
      ['日圓', '日圆', 'JPY'],
    ];
    for (const [traditional, simplified, currency] of words) {
      expect(parseAmount(`${traditional} 100`, 'zh-TW'), traditional).toMatchObject({ ok: true, currency });
      expect(parseAmount(`100${traditional}`, 'zh-TW')).toEqual(parseAmount(`100${simplified}`, 'zh-CN'));
    }
  });

  it('reads Traditional and financial numerals as their Simplified forms', () => {
    const numerals: [string, string][] = [
      ['兩百', '200.00'],
      ['兩千', '2000.00'],
      ['壹佰', '100.00'],
      ['貳拾', '20.00'],
      ['參', '3.00'],
      ['叄拾', '30.00'],
      ['陸佰', '600.00'],
      ['一萬', '10000.00'],
      ['一億', '100000000.00'],
      ['三點五', '3.50'],
    ];
    for (const [text, value] of numerals)
      expect(parseAmount(text, 'zh-TW'), text).toEqual({ ok: true, value, currency: 'CNY' });
  });

  it('refuses a number that is a count, a reference, a code or markup, even with a digit in it', () => {
    for (const text of [
      '<b>1</b>',
      '<span class="amount">88</span>',
      '交易失败(1)',
      '我买了3件',
      '3 items',
      'order 12345',
      '订单12345',
      '#123',
      '错误码 51',
    ]) {
      expect(parseAmount(text, 'zh-CN'), text).toEqual({ ok: false, reason: 'not-an-amount' });
    }
  });

  it('still reads money a currency names inside markup or brackets', () => {
    expect(parseAmount('<b>¥88</b>', 'zh-CN')).toEqual({ ok: true, value: '88.00', currency: 'CNY' });
    expect(parseAmount('扣款(88元)', 'zh-CN')).toEqual({ ok: true, value: '88.00', currency: 'CNY' });
  });

  it('asks back a number said among other words without a currency, and not a number alone', () => {
    expect(parseAmount('大概 3', 'zh-CN')).toEqual({
      ok: true,
      value: '3.00',
      currency: 'CNY',
      needsConfirmation: 'unclear-amount',
    });
    expect(parseAmount('about 20 I think', 'en')).toMatchObject({ needsConfirmation: 'unclear-amount' });
    for (const text of ['88', '88.5', '1,299', '两千', '88。']) {
      expect(parseAmount(text, 'zh-CN'), text).not.toHaveProperty('needsConfirmation');
    }
    // A currency named anywhere says it is money.
    expect(parseAmount('金额(元)：88', 'zh-CN')).not.toHaveProperty('needsConfirmation');
    expect(parseAmount('大概 3 块', 'zh-CN')).not.toHaveProperty('needsConfirmation');
  });

  it('never throws on input that is not a string', () => {
    expect(parseAmount(undefined as unknown as string, 'en')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount('88', undefined as unknown as string)).toMatchObject({ ok: true, value: '88.00' });
    expect(parseAmount('88', 'not a locale!')).toMatchObject({ ok: true, value: '88.00' });
  });
});
