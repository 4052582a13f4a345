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
    '.',
    ',',
    ' ',
    '-',
    '−',
    "'",
    '\u202f',
    '¥',
    '￥',
    '$',
    'HK$',
    '€',
    '元',
    '块',
    '毛',
    'RMB',
    'usd',
    'KWD',
    'JPY',
    'BTC',
    '万',
    '亿',
    '千',
    '百',
    '十',
    '两',
    '三',
    '五',
    '零',
    '点',
    '１２',
    '０',
    '%',
    '约',
    'about',
    '萬',
    '億',
    '兩',
    '點',
    '港幣',
    '新臺幣',
    '(',
    ')',
    '<b>',
    '</b>',
    '#',
    '件',
    'items',
    '订单',
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
        expect(result.needsConfirmation === undefined || result.needsConfirmation === 'unclear-amount').toBe(true);
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

  it('asks back a number among other words and no currency, and keeps its value', () => {
    const filler = fc.constantFrom('大概', '应该是', '大約', 'about', 'maybe', 'I think', '左右');
    fc.assert(
      fc.property(filler, fc.integer({ min: 1, max: 999_999_999 }), fc.boolean(), (words, whole, before) => {
        const text = before ? `${words} ${whole}` : `${whole} ${words}`;
        expect(parseAmount(text, 'zh-CN'), text).toEqual({
          ok: true,
          value: `${whole}.00`,
          currency: 'CNY',
          needsConfirmation: 'unclear-amount',
        });
      }),
    );
  });

  it('refuses any number inside markup or a reference unless a currency names it', () => {
    const wrap = fc.constantFrom(
      (n: string) => `<b>${n}</b>`,
      (n: string) => `<td>${n}</td>`,
      (n: string) => `交易失败(${n})`,
      (n: string) => `order ${n}`,
      (n: string) => `订单${n}`,
      (n: string) => `#${n}`,
      (n: string) => `错误码 ${n}`,
      (n: string) => `${n} items`,
      (n: string) => `买了${n}件`,
    );
    fc.assert(
      fc.property(wrap, fc.integer({ min: 1, max: 99_999 }), (around, n) => {
        expect(parseAmount(around(String(n)), 'zh-CN')).toEqual({ ok: false, reason: 'not-an-amount' });
      }),
    );
  });

  it('reads a Traditional answer as its Simplified twin', () => {
    const pairs = fc.constantFrom(
      ['港幣', '港币'],
      ['新臺幣', '新台币'],
      ['澳門元', '澳门元'],
      ['歐元', '欧元'],
      ['人民幣', '人民币'],
      ['塊', '块'],
      ['萬', '万'],
      ['兩千', '两千'],
      ['貳佰', '贰佰'],
    );
    fc.assert(
      fc.property(pairs, fc.integer({ min: 1, max: 9_999 }), fc.boolean(), ([traditional, simplified], n, after) => {
        const [t, s] = after
          ? [`${n}${traditional}`, `${n}${simplified}`]
          : [`${traditional}${n}`, `${simplified}${n}`];
        expect(parseAmount(t, 'zh-TW')).toEqual(parseAmount(s, 'zh-CN'));
      }),
    );
  });

  it('reads back plain grouped numbers without a currency as yuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const decimal = `${whole}.${String(cents).padStart(2, '0')}`;
        const formatted = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(
          decimal as unknown as number,
        );
        expect(parseAmount(formatted, 'en')).toEqual({ ok: true, value: decimal, currency: 'CNY' });
      }),
    );
  });
});
