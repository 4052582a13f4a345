import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/diagnose/index.js';
import { redactAcross } from '../../../src/diagnose/redact-across.js';

describe('redactAcross: a secret split over messages (issue 13)', () => {
  it.each([
    [
      ['4111 1111', '1111 1111'],
      ['••••', '•••• 1111'],
    ],
    [
      ['my card is 4111 1111', '1111 1111 thanks'],
      ['my card is ••••', '•••• 1111 thanks'],
    ],
    [
      ['4111', '1111 1111', '1111'],
      ['••••', '••••', '•••• 1111'],
    ],
    [
      ['4111 1111 1111 11', '11'],
      ['••••', '•••• 1111'],
    ],
    [
      ['4111 1111.', '1111-1111'],
      ['••••', '•••• 1111'],
    ],
    [
      ['٤١١١ ١١١١', '١١١١\u200b١١١١'],
      ['••••', '•••• 1111'],
    ],
    // After a card keyword a mistyped number is masked as well.
    [
      ['卡号 4111 1111', '1111 1112'],
      ['卡号 ••••', '•••• 1112'],
    ],
  ])('masks the card number in %j', (texts, masked) => {
    expect(redactAcross(texts)).toEqual({ texts: masked, found: ['card-number'] });
  });

  it('masks a PIN whose value came in the next message', () => {
    expect(redactAcross(['my PIN is', '2468'])).toEqual({ texts: ['my PIN is', '••••'], found: ['pin'] });
  });

  it('masks what each message holds on its own, as redact() does', () => {
    expect(redactAcross(['CVV 123', 'hello', '卡号 5555555555554444'])).toEqual({
      texts: ['CVV •••', 'hello', '卡号 •••• 4444'],
      found: ['cvv', 'card-number'],
    });
  });

  it.each([
    [['4111 1111', '1111 1112'], 'together fail Luhn, with no card keyword'],
    [['4111 1111 then', '1111 1111'], 'are parted by a word'],
    [['13800138000', '好的'], 'is one phone number'],
    [['•••• 1111', 'CVV •••'], 'were masked already'],
  ])('leaves %j alone: the digits %s', (texts) => {
    expect(redactAcross(texts)).toEqual({ texts, found: [] });
  });

  it('takes no messages', () => {
    expect(redactAcross([])).toEqual({ texts: [], found: [] });
  });
});

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

describe('redactAcross properties', () => {
  const pan = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 17 }))
    .map(([first, rest]) => [first, ...rest].join(''))
    .map((body) => body + luhnCheckDigit(body));
  const chat = fc.string({ unit: fc.constantFrom(...'我的卡号是请帮忙谢谢 thanks my card is ，。'), maxLength: 20 });

  it('leaves no 7 consecutive digits of a card split anywhere over two messages, in either or both together', () => {
    fc.assert(
      fc.property(
        pan.chain((digits) => fc.tuple(fc.constant(digits), fc.integer({ min: 1, max: digits.length - 1 }))),
        fc.constantFrom('', ' ', '\u200b'),
        chat,
        chat,
        ([digits, cut], gap, before, after) => {
          const texts = [`${before} ${digits.slice(0, cut)}${gap}`, `${digits.slice(cut)} ${after}`];
          const result = redactAcross(texts);
          const allDigits = result.texts.join('').replace(/\D/g, '');
          for (let i = 0; i + 7 <= digits.length; i++) expect(allDigits).not.toContain(digits.slice(i, i + 7));
          expect(result.found).toContain('card-number');
          // What comes out needs no more masking.
          expect(result.texts.every((text) => redact(text).found.length === 0)).toBe(true);
        },
      ),
    );
  });
});

describe('a whole card number after an answer that ended in digits', () => {
  it('masks the card itself, not a run made of the earlier digits and part of the card', () => {
    const { texts } = redactAcross(['5100', '4111 1111 1111 1111']);
    expect(texts).toEqual(['5100', '•••• 1111']);
  });
});

describe('a date or a time answered twice', () => {
  it('is a time, not a card: the minutes end it, though "00 2025-10-29 10" passes Luhn', () => {
    // The widget asks again about a time more than 180 days ago; the person sends it once more.
    const time = '2025-10-29 10:00';
    expect(redactAcross([time, time])).toEqual({ texts: [time, time], found: [] });
    expect(redactAcross(['2025-10-29 10:00:00', '2025-10-29 10:00:00']).found).toEqual([]);
    // A date alone, twice: "2024-01-06⏎2024-01-06" is 16 digits that pass Luhn.
    expect(redactAcross(['2024-01-06', '2024-01-06']).found).toEqual([]);
  });

  it('is never a secret, whatever the day and time, written as people write them', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom('-', '/', '.'),
        fc.constantFrom('none', 'minutes', 'seconds'),
        (date, separator, clock) => {
          const two = (n: number) => String(n).padStart(2, '0');
          const day = [date.getUTCFullYear(), two(date.getUTCMonth() + 1), two(date.getUTCDate())].join(separator);
          const parts = [
            date.getUTCHours(),
            date.getUTCMinutes(),
            ...(clock === 'seconds' ? [date.getUTCSeconds()] : []),
          ];
          const time = clock === 'none' ? day : `${day} ${parts.map(two).join(':')}`;
          expect(redactAcross([time, time]).found).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('still masks a card split over two answers after a time', () => {
    const { texts, found } = redactAcross(['at 10:00 4111 1111', '1111 1111']);
    expect(found).toEqual(['card-number']);
    expect(texts.join(' ')).not.toMatch(/4111 1111/);
  });
});
