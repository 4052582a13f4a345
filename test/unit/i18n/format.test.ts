import { describe, expect, it } from 'vitest';
import { formatAmount, formatDateTime } from '../../../src/widget/internal/format.js';

describe('formatAmount', () => {
  it('writes an amount as each locale does', () => {
    const amount = { value: '1299.50', currency: 'CNY' };
    expect(formatAmount(amount, 'zh-CN')).toBe('¥1,299.50');
    expect(formatAmount(amount, 'zh-TW')).toBe('CN¥1,299.50');
    expect(formatAmount(amount, 'en')).toBe('CN¥1,299.50');
  });

  it('keeps every digit of a large amount (no float on the way)', () => {
    expect(formatAmount({ value: '12345678901234567.89', currency: 'CNY' }, 'zh-CN')).toBe(
      '¥12,345,678,901,234,567.89',
    );
  });

  it('uses the currency’s own minor units', () => {
    expect(formatAmount({ value: '1299', currency: 'JPY' }, 'en')).toBe('¥1,299');
    expect(formatAmount({ value: '1.5', currency: 'KWD' }, 'en')).toBe('KWD\u00a01.500');
  });

  it('shows what it cannot format as given, never NaN', () => {
    expect(formatAmount({ value: 'about 10', currency: 'CNY' }, 'en')).toBe('about 10 CNY');
    expect(formatAmount({ value: '10', currency: 'XX1' }, 'en')).toBe('10 XX1');
  });
});

describe('formatDateTime', () => {
  const at = '2026-11-26T15:00:00+08:00';

  it('writes a time as each locale does, in the given time zone', () => {
    expect(formatDateTime(at, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月26日 15:00');
    expect(formatDateTime(at, 'zh-TW', 'Asia/Taipei')).toBe('2026年11月26日 下午3:00');
    expect(formatDateTime(at, 'en', 'Asia/Shanghai')).toBe('Nov 26, 2026, 3:00 PM');
  });

  it('shows the instant in the reader’s zone, not the one it was written in', () => {
    expect(formatDateTime(at, 'en', 'Europe/London')).toBe('Nov 26, 2026, 7:00 AM');
  });

  it('gives back what is not a date', () => {
    expect(formatDateTime('yesterday', 'en')).toBe('yesterday');
  });
});
