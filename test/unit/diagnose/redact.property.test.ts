import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/diagnose/index.js';

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    // The check digit will sit to the right, so the body's last digit is doubled.
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const digitsOfLength = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min - 1, maxLength: max - 1 }))
    .map(([first, rest]) => [first, ...rest].join(''));
const validPan = digitsOfLength(11, 18).map((body) => body + luhnCheckDigit(body));
const invalidPan = digitsOfLength(11, 18).map((body) => body + String((Number(luhnCheckDigit(body)) + 1) % 10));
const separator = fc.constantFrom('', '', '', ' ', '-', '  ', ' - ', '\u00a0', '\u3000', '－');

/** The digits with a random separator (often none) after each. */
const withSeparators = (digits: string) =>
  fc.array(separator, { minLength: digits.length, maxLength: digits.length }).map((seps) =>
    [...digits].map((d, i) => (i < digits.length - 1 ? d + seps[i] : d)).join(''),
  );

/**
 * Surrounding chat text: letters, Chinese, punctuation and spaces; no digits (so no digit in the
 * output can come from it), no "+", ":" "/" or "." (no phone prefix or URL is formed by chance).
 */
const chatText = (alphabet: string) =>
  fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 30 });
const anyChat = chatText('abcdefghijklmnopqrstuvwxyzABCXYZ 的是卡号付款失败余额，。！？,!?;()"\n\t');
// No ASCII letters and no 码: no keyword ("pin", "code", 密码…) can form next to the number.
const plainChat = chatText('的是了我在人有来他这上着地到大里说就去卡号付款失败余额 ，。！？,!?;()"');
const boundary = fc.constantFrom(' ', 'x', '号', '：', '(', '\n');

function windowsOf(digits: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= digits.length; i++) out.push(digits.slice(i, i + size));
  return out;
}

describe('redact properties', () => {
  it('leaves no 7 consecutive digits of a Luhn-valid card number, whatever the separators and text', () => {
    fc.assert(
      fc.property(
        validPan.chain((pan) => fc.tuple(fc.constant(pan), withSeparators(pan))),
        anyChat,
        boundary,
        boundary,
        anyChat,
        ([pan, typed], before, left, right, after) => {
          const result = redact(before + left + typed + right + after);
          const outputDigits = result.text.replace(/\D/g, '');
          for (const window of windowsOf(pan, 7)) expect(outputDigits).not.toContain(window);
          // Glued to a word after a password keyword ("pwd是x4111…"), the whole token is masked as
          // the password, last four digits included: stricter, and still a masking the user is told of.
          const asPassword = result.found.includes('password') && !outputDigits.includes(pan.slice(-4));
          if (!asPassword) {
            expect(result.text).toContain(`•••• ${pan.slice(-4)}`);
            expect(result.found).toContain('card-number');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves Luhn-invalid numbers untouched', () => {
    fc.assert(
      fc.property(
        invalidPan.chain((pan) => withSeparators(pan)),
        plainChat,
        plainChat,
        (typed, before, after) => {
          const text = `${before} ${typed} ${after}`;
          expect(redact(text)).toEqual({ text, found: [] });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leaves international phone numbers untouched, Luhn-valid or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(validPan, invalidPan).chain((digits) => withSeparators(digits)),
        fc.constantFrom('+', '+ ', '＋'),
        plainChat,
        plainChat,
        (typed, plus, before, after) => {
          const text = `${before} ${plus}${typed} ${after}`;
          expect(redact(text)).toEqual({ text, found: [] });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws and leaves text without digits unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const result = redact(text);
        if (!/[0-9０-９]/.test(text)) expect(result).toEqual({ text, found: [] });
      }),
    );
  });
});
