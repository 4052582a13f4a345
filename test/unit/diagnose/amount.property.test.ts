import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/diagnose/index.js';

/** The oracle for minor units is the platform's own currency data (KRW and JPY 0, KWD 3). */
const minorDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
const reasons = ['empty', 'not-an-amount', 'zero', 'negative', 'too-large', 'ambiguous', 'unsupported-currency'];

/** Pieces users type, so random answers look like amounts often enough to reach every branch. */
const piece = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.stringMatching(/^[0-9]{1,12}$/),
  fc.constantFrom(
    '.', ',', ' ', '-', '−', "'", '\u202f', '¥', '￥', '$', 'HK$', '€', '元', '块', '毛', 'RMB', 'usd', 'KWD',
    'JPY', 'BTC', '万', '亿', '千', '百', '十', '两', '三', '五', '零', '点', '１２', '０', '%', '约', 'about',
  ),
);
const typedAmount = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const locale = fc.constantFrom('zh-CN', 'zh-TW', 'en', 'en-US', 'de-DE', 'fr-FR', 'de-CH', 'xx', '');

describe('parseAmount properties', () => {
  it('never throws, and answers either a well-formed positive amount or a known reason', () => {
    fc.assert(
      fc.property(typedAmount, locale, (text, loc) => {
        const result = parseAmount(text, loc);
        if (!result.ok) {
          expect(reasons).toContain(result.reason);
          return;
        }
        expect(result.value).toMatch(/^\d+(\.\d+)?$/);
        expect(result.value).not.toMatch(/NaN|-/);
        const digits = minorDigits(result.currency);
        const [, fraction = ''] = result.value.split('.');
        expect(fraction.length).toBe(digits);
        expect(BigInt(result.value.replace('.', ''))).toBeGreaterThan(0n);
        expect(BigInt(result.value.split('.')[0]!)).toBeLessThan(1_000_000_000n);
      }),
      { numRuns: 3000 },
    );
  });

  /**
   * format ∘ parse: what Intl writes for the locale reads back exactly. JPY and KWD are written as
   * codes, because "¥" alone is read as yuan (the product serves Chinese wallets).
   */
  it('reads back what Intl formats for en-US, zh-CN, de-DE and fr-FR', () => {
    const currency = fc.constantFrom('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'KWD');
    fc.assert(
      fc.property(
        currency,
        fc.constantFrom('en-US', 'zh-CN', 'de-DE', 'fr-FR'),
        fc.boolean(),
        fc.bigInt({ min: 1n, max: 999_999_999_999n }),
        (code, loc, asCode, units) => {
          const digits = minorDigits(code);
          const scaled = units % (1_000_000_000n * 10n ** BigInt(digits));
          fc.pre(scaled > 0n);
          const text = scaled.toString().padStart(digits + 1, '0');
          const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
          const display = asCode || code === 'JPY' || code === 'KWD' ? 'code' : 'symbol';
          const formatted = new Intl.NumberFormat(loc, { style: 'currency', currency: code, currencyDisplay: display })
            // A decimal string, not a number: the test must not lean on floats either.
            .format(decimal as unknown as number);
          expect(parseAmount(formatted, loc), formatted).toEqual({ ok: true, value: decimal, currency: code });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back plain grouped numbers without a currency as yuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const decimal = `${whole}.${String(cents).padStart(2, '0')}`;
        const formatted = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(decimal as unknown as number);
        expect(parseAmount(formatted, 'en')).toEqual({ ok: true, value: decimal, currency: 'CNY' });
      }),
    );
  });
});
