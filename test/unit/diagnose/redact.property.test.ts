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
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min - 1, maxLength: max - 1 }),
    )
    .map(([first, rest]) => [first, ...rest].join(''));
const validPanOf = (min: number, max: number) =>
  digitsOfLength(min - 1, max - 1).map((body) => body + luhnCheckDigit(body));
const validPan = validPanOf(12, 19);
const invalidPan = digitsOfLength(11, 18).map((body) => body + String((Number(luhnCheckDigit(body)) + 1) % 10));

/** Every way issue 13 saw digit groups parted: spaces, dashes, dots, invisible characters. */
const separator = fc.constantFrom(
  '',
  '',
  '',
  ' ',
  '-',
  '  ',
  '   ',
  ' - ',
  '.',
  '\u00a0',
  '\u3000',
  '－',
  '_',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
);
/** The digit zeros of the scripts people paste from: ASCII, full-width, Arabic-Indic, Devanagari, Eastern Arabic-Indic, Bengali. */
const zeros = [0x30, 0xff10, 0x660, 0x966, 0x6f0, 0x9e6];
const script = fc.constantFrom(...zeros);
const inScript = (digit: string, zero: number) => String.fromCodePoint(zero + Number(digit));

/** Every digit in ASCII: how the property reads the output, so a digit in any script counts. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const codePoint = digit.codePointAt(0)!;
    const zero = zeros.find((z) => codePoint >= z && codePoint <= z + 9);
    return zero === undefined ? digit : String(codePoint - zero);
  });
}

/** The digits in random scripts (a script per digit, so mixes too) with a random separator after each. */
const written = (digits: string) =>
  fc
    .tuple(
      fc.array(separator, { minLength: digits.length, maxLength: digits.length }),
      fc.array(script, { minLength: digits.length, maxLength: digits.length }),
    )
    .map(([seps, scripts]) =>
      [...digits].map((d, i) => inScript(d, scripts[i]!) + (i < digits.length - 1 ? seps[i] : '')).join(''),
    );

/** In fours, one separator between the groups, one script: how a card is printed. */
const inFours = (digits: string) =>
  fc
    .tuple(separator, script)
    .map(([sep, zero]) =>
      (digits.match(/.{1,4}/g) ?? []).map((group) => [...group].map((d) => inScript(d, zero)).join('')).join(sep),
    );

/**
 * Surrounding chat text in the three languages: letters, Chinese, punctuation and spaces; no digits
 * (no digit in the output can come from it), no "+" (no phone prefix is formed by chance).
 */
const chatText = (alphabet: string) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 30 });
const anyChat = chatText(
  'abcdefghijklmnopqrstuvwxyzABCXYZ 的是卡号付款失败余额請問銀行帳戶餘額不足，。！？,!?;()"\n\t',
);
// No ASCII letters, no 卡 and no 码: no keyword ("pin", "code", "卡号", 密码…) can form next to the number.
const plainChat = chatText('的是了我在人有来他这上着地到大里说就去付款失败余额請問帳戶餘額 ，。！？,!?;()"');
const boundary = fc.constantFrom(' ', 'x', '号', '：', '(', '\n', '，', '。');
const space = fc.constantFrom(' ', '，', '\n', '。', '(', ')');

/** How a card number is put in a message: bare, after a keyword in each language, in a link. */
const phrasing = fc.constantFrom(
  (card: string) => card,
  (card: string) => `卡号${card}`,
  (card: string) => `卡號：${card}`,
  (card: string) => `card number ${card}`,
  (card: string) => `https://x.example/pay?card=${card}&lang=en`,
);

function windowsOf(digits: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= digits.length; i++) out.push(digits.slice(i, i + size));
  return out;
}

function expectNoSevenDigitsOf(pan: string, output: string): void {
  const outputDigits = asciiDigits(output).replace(/\D/g, '');
  for (const window of windowsOf(pan, 7)) expect(outputDigits).not.toContain(window);
}

describe('redact properties', () => {
  it('leaves no 7 consecutive digits of a Luhn-valid card number, whatever the separators, scripts, phrasing and text', () => {
    fc.assert(
      fc.property(
        validPan.chain((pan) => fc.tuple(fc.constant(pan), written(pan))),
        phrasing,
        anyChat,
        boundary,
        boundary,
        anyChat,
        ([pan, typed], phrase, before, left, right, after) => {
          const result = redact(before + left + phrase(typed) + right + after);
          expectNoSevenDigitsOf(pan, result.text);
          // Glued to a word after a password keyword ("pwd是x4111…"), the whole token is masked as
          // the password, last four digits included: stricter, and still a masking the user is told of.
          const asPassword = result.found.includes('password') && !asciiDigits(result.text).includes(pan.slice(-4));
          if (!asPassword) {
            expect(result.text).toContain(`•••• ${pan.slice(-4)}`);
            expect(result.found).toContain('card-number');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('masks a Luhn-valid card number written as a card after "+"', () => {
    fc.assert(
      fc.property(
        validPanOf(16, 19).chain((pan) => fc.tuple(fc.constant(pan), inFours(pan))),
        fc.constantFrom('+', '+ ', '＋'),
        plainChat,
        plainChat,
        ([pan, typed], plus, before, after) => {
          const result = redact(`${before} ${plus}${typed} ${after}`);
          expectNoSevenDigitsOf(pan, result.text);
          expect(result.found).toEqual(['card-number']);
        },
      ),
    );
  });

  it('leaves Luhn-invalid numbers untouched when no card keyword is before them', () => {
    fc.assert(
      fc.property(
        invalidPan.chain((pan) => written(pan)),
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

  it('masks Luhn-invalid 12-19 digit numbers after a card keyword (a mistyped card number)', () => {
    fc.assert(
      fc.property(
        invalidPan.chain((pan) => fc.tuple(fc.constant(pan), written(pan))),
        fc.constantFrom('卡号', '卡號：', '银行卡号是 ', 'card number ', 'Card no. ', '?card='),
        plainChat,
        plainChat,
        ([pan, typed], keyword, before, after) => {
          const result = redact(`${before} ${keyword}${typed} ${after}`);
          expectNoSevenDigitsOf(pan, result.text);
          expect(result.found).toEqual(['card-number']);
        },
      ),
    );
  });

  it('leaves international phone numbers untouched, Luhn-valid or not', () => {
    // As E.164 writes them: a 1-3 digit country code, then groups; at most 15 digits in all.
    const phone = fc
      .tuple(
        digitsOfLength(1, 3),
        fc.array(digitsOfLength(2, 4), { minLength: 2, maxLength: 4 }),
        fc.constantFrom(' ', '-', ''),
      )
      .filter(([country, groups]) => country.length + groups.join('').length <= 15)
      .map(([country, groups, sep]) => [country, ...groups].join(sep));
    fc.assert(
      fc.property(phone, fc.constantFrom('+', '+ ', '＋'), plainChat, plainChat, (typed, plus, before, after) => {
        const text = `${before} ${plus}${typed} ${after}`;
        expect(redact(text)).toEqual({ text, found: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and leaves text without digits unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const result = redact(text);
        // No digit of any kind (NFKC turns "①" and "¹" into digits too).
        if (!/\p{N}/u.test(text)) expect(result).toEqual({ text, found: [] });
      }),
    );
  });
});

/** A code's digits in random scripts, maybe with zero-width characters between them. */
const writtenCode = (digits: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom('', '', '', '\u200b', '\u00ad', '\u2060'), {
        minLength: digits.length,
        maxLength: digits.length,
      }),
      script,
    )
    .map(([seps, zero]) =>
      [...digits].map((d, i) => inScript(d, zero) + (i < digits.length - 1 ? seps[i] : '')).join(''),
    );
const digitCode = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

const codePhrasings = {
  cvv: {
    code: digitCode(3, 3),
    phrases: [
      'CVV: ',
      'cvc ',
      'CVV code: ',
      'security code ',
      'the CVC number is ',
      '安全码是',
      '安全碼 ',
      '卡背面三位数 ',
      '後三碼是 ',
    ],
  },
  'sms-code': {
    code: digitCode(4, 8),
    phrases: [
      '短信 ',
      '验证码是 ',
      '短信验证码：',
      '驗證碼 ',
      '簡訊 ',
      '簡訊驗證碼：',
      'my OTP is ',
      'SMS code: ',
      'verification code ',
      'the text code was ',
    ],
  },
  pin: {
    code: digitCode(4, 6),
    phrases: ['PIN: ', 'my PIN number is ', 'pin code ', 'PIN码 ', '取款密码 ', '提款密碼是 '],
  },
} as const;

describe('redact properties of keyword secrets', () => {
  for (const [kind, { code, phrases }] of Object.entries(codePhrasings)) {
    it(`masks a ${kind} in every phrasing, script and language`, () => {
      fc.assert(
        fc.property(
          code.chain((digits) => fc.tuple(fc.constant(digits), writtenCode(digits))),
          fc.constantFrom(...phrases),
          anyChat,
          space,
          space,
          anyChat,
          ([digits, typed], phrase, before, left, right, after) => {
            const result = redact(before + left + phrase + typed + right + after);
            expect(asciiDigits(result.text).replace(/\D/g, '')).not.toContain(digits);
            expect(result.found).toContain(kind);
          },
        ),
      );
    });
  }

  it('masks a password in every phrasing and language', () => {
    const password = fc
      .tuple(fc.string({ unit: fc.constantFrom(...'abcdefghXYZ'), minLength: 1, maxLength: 8 }), digitCode(1, 6))
      .map(([letters, digits]) => letters + digits);
    fc.assert(
      fc.property(
        password,
        fc.constantFrom(
          '密码',
          '密碼是 ',
          '支付密码：',
          '登入密碼 ',
          'password: ',
          'my password is ',
          'passcode ',
          'pwd=',
        ),
        anyChat,
        space,
        space,
        anyChat,
        (secret, phrase, before, left, right, after) => {
          const result = redact(before + left + phrase + secret + right + after);
          expect(result.text).not.toContain(secret);
          expect(result.found).toContain('password');
        },
      ),
    );
  });
});
