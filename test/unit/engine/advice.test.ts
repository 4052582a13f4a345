import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deadlineAfter, formatDay } from '../../../src/engine/advice/calendar.js';
import { hotlineAdvice } from '../../../src/engine/advice/hotline.js';
import { limitAdvice } from '../../../src/engine/advice/limits.js';
import { formatMoney } from '../../../src/engine/advice/money.js';
import {
  isMoneyBackOverdue,
  moneyBackAdvice,
  moneyBackBy,
  moneyBackOverdueNotice,
} from '../../../src/engine/advice/money-back.js';
import type { Facts } from '../../../src/engine/context.js';
import { plainText } from '../../../src/engine/rich.js';

// Local dates below assume the runtime's zone; the checks use local calendar days only.
const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe('deadlineAfter', () => {
  it('counts working days over a weekend, to the end of the day', () => {
    // Thursday 26 Nov 2026 + 3 working days = Tuesday 1 Dec, 23:59:59.999.
    const by = deadlineAfter(local(2026, 11, 26, 15), { days: 3, unit: 'working' });
    expect([by.getFullYear(), by.getMonth() + 1, by.getDate(), by.getDay()]).toEqual([2026, 12, 1, 2]);
    expect([by.getHours(), by.getMinutes()]).toEqual([23, 59]);
  });

  it('counts calendar days straight through', () => {
    const by = deadlineAfter(local(2026, 11, 27), { days: 1, unit: 'calendar' });
    expect([by.getMonth() + 1, by.getDate()]).toEqual([11, 28]);
  });
});

describe('formatDay', () => {
  it('writes the day as each locale does, with the year only when it is another year', () => {
    const now = local(2026, 11, 27);
    expect(formatDay(local(2026, 12, 1), 'zh-CN', now)).toBe('12月1日（周二）');
    expect(formatDay(local(2026, 12, 1), 'zh-TW', now)).toBe('12月1日（週二）');
    expect(formatDay(local(2026, 12, 1), 'en', now)).toBe('Tue 1 Dec');
    expect(formatDay(local(2027, 1, 4), 'en', now)).toBe('Mon 4 Jan 2027');
  });
});

describe('formatMoney', () => {
  it('groups thousands and keeps the decimals as given', () => {
    expect(formatMoney({ value: '1299.50', currency: 'CNY' })).toBe('¥1,299.50');
    expect(formatMoney({ value: '500', currency: 'TWD' })).toBe('NT$500');
    expect(formatMoney({ value: '12.00', currency: 'CHF' })).toBe('12.00 CHF');
  });
});

describe('money back', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(local(2026, 11, 27, 10));
  });
  afterEach(() => vi.useRealTimers());

  const paid = (method: Facts['paymentMethod'], occurredAt = local(2026, 11, 26, 15).toISOString()): Facts => ({
    occurredAt,
    paymentMethod: method,
  });

  it('gives a debit-card payment that failed 3 working days, a credit card 7 (docs/domain.md §6)', () => {
    expect(moneyBackBy(paid('debit-card'), 'failed-payment')?.getDate()).toBe(1);
    const credit = moneyBackBy(paid('credit-card'), 'failed-payment')!;
    expect([credit.getMonth() + 1, credit.getDate()]).toEqual([12, 7]);
  });

  it('uses the longest rule when the person does not remember how they paid', () => {
    expect(moneyBackBy(paid(undefined), 'failed-payment')).toEqual(moneyBackBy(paid('credit-card'), 'failed-payment'));
  });

  it('has no date, and says the general rule, while the time is unknown', () => {
    expect(moneyBackBy({ paymentMethod: 'debit-card' }, 'failed-payment')).toBeUndefined();
    expect(plainText(moneyBackAdvice({ paymentMethod: 'debit-card' }, 'failed-payment', 'en'))).toMatch(
      /within 3 working days/,
    );
  });

  it("says the person's own date, and where to look for money back on a card", () => {
    const said = plainText(moneyBackAdvice(paid('debit-card'), 'failed-payment', 'en', local(2026, 11, 27)));
    expect(said).toContain('on Thu 26 Nov');
    expect(said).toContain('should be back by Tue 1 Dec');
    expect(said).toMatch(/bank statement/);
    const zh = plainText(moneyBackAdvice(paid('credit-card'), 'refund', 'zh-CN', local(2026, 11, 27)));
    expect(zh).toContain('12月7日（周一）');
    expect(zh).toContain('照常还款');
  });

  it('is overdue only once the day it should be back by is over', () => {
    expect(isMoneyBackOverdue(paid('debit-card'), 'failed-payment')).toBe(false);
    const lastWeek = paid('debit-card', local(2026, 11, 16, 9).toISOString());
    expect(isMoneyBackOverdue(lastWeek, 'failed-payment')).toBe(true);
    expect(plainText(moneyBackOverdueNotice(lastWeek, 'failed-payment', 'en', local(2026, 11, 27)))).toContain(
      'should have been back by Thu 19 Nov',
    );
    expect(isMoneyBackOverdue({ paymentMethod: 'debit-card' }, 'failed-payment')).toBe(false);
  });
});

describe('limitAdvice', () => {
  const of = (value: string, currency = 'CNY'): Facts => ({ amount: { value, currency } });

  it('splits an e-CNY payment over the tier 4 per-payment cap, or names the tier that covers it', () => {
    const said = plainText(limitAdvice(of('2500.00'), 'e-cny', 'en')!);
    expect(said).toContain('¥2,500.00 is more than a tier 4');
    expect(said).toContain('pay it in 2 payments of at most ¥2,000.00');
    expect(said).toMatch(/tier 3 \(三类\) wallet \(about ¥5,000\.00 a payment\)/);
  });

  it('does not offer a split the day cap would refuse, and names tier 2 for larger sums', () => {
    const said = plainText(limitAdvice(of('7000.00'), 'e-cny', 'zh-CN')!);
    expect(said).not.toContain('分成');
    expect(said).toContain('二类钱包');
    expect(plainText(limitAdvice(of('200000.00'), 'e-cny', 'en')!)).toContain('tier 1');
  });

  it('says an amount within every tier was stopped by something else', () => {
    expect(plainText(limitAdvice(of('800.00'), 'e-cny', 'en')!)).toMatch(
      /within the per-payment cap of every wallet tier/,
    );
  });

  it('compares a balance payment with the daily caps by verification (PBOC 2015)', () => {
    expect(plainText(limitAdvice(of('2500.00'), 'wallet-balance', 'en')!)).toMatch(/¥2,500.00 is over ¥1,000.00/);
    expect(plainText(limitAdvice(of('6000.00'), 'wallet-balance', 'en')!)).toMatch(/at most ¥5,000.00 a day/);
    expect(plainText(limitAdvice(of('300.00'), 'wallet-balance', 'en')!)).toMatch(
      /bank card's per-payment or daily limit/,
    );
  });

  it('says nothing it cannot compare: no amount, or not in yuan', () => {
    expect(limitAdvice({}, 'e-cny', 'en')).toBeUndefined();
    expect(limitAdvice(of('2500.00', 'USD'), 'e-cny', 'en')).toBeUndefined();
  });
});

describe('hotlineAdvice', () => {
  it("offers the host's hotline as a tel: link, and nothing without one", () => {
    const said = hotlineAdvice({ supportPhone: '+86 400-123-4567' }, 'en')!;
    expect(JSON.stringify(said)).toContain('"a","tel:+864001234567","+86 400-123-4567"');
    expect(hotlineAdvice({}, 'en')).toBeUndefined();
  });
});
