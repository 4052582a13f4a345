import { describe, expect, it } from 'vitest';
import { looksLikeCardNumber, maskContact, maskContactText, parseContact } from '../../../src/diagnose/contact.js';

describe('the contact field', () => {
  it('reads an email address or a phone number', () => {
    expect(parseContact(' li.lei@example.com ')).toEqual({ email: 'li.lei@example.com' });
    expect(parseContact('+86 138 0013 8000')).toEqual({ phone: '+86 138 0013 8000' });
    expect(parseContact('13800138000')).toEqual({ phone: '13800138000' });
  });

  it('refuses a card number, which has the shape of a phone number', () => {
    expect(parseContact('4111 1111 1111 1111')).toBeUndefined();
    expect(parseContact('4111111111111111')).toBeUndefined();
    expect(looksLikeCardNumber('4111 1111 1111 1111')).toBe(true);
  });

  it('keeps email addresses whose words a redactor watches for, and phone numbers with +', () => {
    expect(parseContact('pin.li@163.com')).toEqual({ email: 'pin.li@163.com' });
    expect(parseContact('code2024@gmail.com')).toEqual({ email: 'code2024@gmail.com' });
    // 86 138 0013 8002 passes the card checksum; written with "+" it is plainly a phone number.
    expect(looksLikeCardNumber('86 138 0013 8002')).toBe(true);
    expect(parseContact('+86 138 0013 8002')).toEqual({ phone: '+86 138 0013 8002' });
  });

  it('refuses what is neither', () => {
    expect(parseContact('call me')).toBeUndefined();
    expect(parseContact('12345')).toBeUndefined();
  });
});

describe('the contact field refuses card numbers however they are put (issue 13)', () => {
  it.each(['+4111 1111 1111 1111', '+4111111111111111', '+4111-1111-1111-1111', '+٤١١١ ١١١١ ١١١١ ١١١١'])(
    'refuses %s as a phone number: a card number with "+" before it',
    (text) => {
      expect(parseContact(text)).toBeUndefined();
      expect(looksLikeCardNumber(text)).toBe(true);
    },
  );

  it.each([
    '4111111111111111@example.com',
    '4111.1111.1111.1111@example.com',
    'li.4111111111111111@example.com',
    'li@4111111111111111.example.com',
    // A Luhn-valid 12-digit run, and a 22-digit one: not a card's shape, but no address needs them.
    '123456789015@example.com',
    'x1234567890123456789012@example.com',
  ])('refuses the e-mail address %s: a card number (or 12+ digit Luhn-valid run) is in it', (text) => {
    expect(parseContact(text)).toBeUndefined();
    expect(looksLikeCardNumber(text)).toBe(true);
  });

  it('keeps addresses and numbers with shorter or Luhn-invalid digit runs', () => {
    expect(parseContact('13800138000@139.com')).toEqual({ email: '13800138000@139.com' });
    expect(parseContact('123456789012@example.com')).toEqual({ email: '123456789012@example.com' });
    expect(parseContact('+44 20 7946 0958')).toEqual({ phone: '+44 20 7946 0958' });
  });

  it('refuses a "+" number longer than E.164 allows (15 digits)', () => {
    expect(parseContact('+86 138 0013 8000 1234')).toBeUndefined();
    expect(parseContact('+86 138 0013 8000 12')).toEqual({ phone: '+86 138 0013 8000 12' });
  });
});

describe('the contact field on long input', () => {
  it('refuses anything longer than an address can be (254 characters)', () => {
    const local = 'a'.repeat(64);
    expect(parseContact(`${local}@${'b'.repeat(185)}.com`)).toEqual({ email: `${local}@${'b'.repeat(185)}.com` });
    expect(parseContact(`${local}@${'b'.repeat(186)}.com`)).toBeUndefined();
    expect(parseContact(`${'a'.repeat(65)}@example.com`)).toBeUndefined();
  });

  // The old pattern backtracked over every dot: seconds on a 160 KB paste. The default 5 s timeout is the guard.
  it.each([
    ['"a@" repeated', 'a@'.repeat(80_000)],
    ['a domain of 80,000 labels', `a@${'b.'.repeat(80_000)}c `],
    ['a local part of 160,000 characters', `${'a.'.repeat(80_000)}@example.com`],
  ])('reads %s as no contact, at once', (_, text) => {
    expect(parseContact(text)).toBeUndefined();
  });
});

describe('what is shown and kept of a contact', () => {
  it.each([
    ['+4111 1111 1111 1111', '+•••• 1111'],
    ['4111111111111111@example.com', '•••• 1111@example.com'],
    ['123456789015@example.com', '•••• 9015@example.com'],
    // 22 digits are no card to the redactor, but Luhn-valid in an address: masked whole.
    ['x1234567890123456789012@example.com', '••••'],
    ['my pin is 2468', 'my pin is ••••'],
  ])('masks %s as %s', (text, shown) => {
    expect(maskContactText(text)).toBe(shown);
  });

  it.each(['pin.li@163.com', 'code2024@gmail.com', '+86 138 0013 8002', '13800138000'])(
    'shows %s as written: it is a valid contact',
    (text) => {
      expect(maskContactText(text)).toBe(text);
    },
  );

  it('masks both parts of a stored contact', () => {
    expect(maskContact({ phone: '+4111 1111 1111 1111' })).toEqual({ phone: '+•••• 1111' });
    expect(maskContact({ email: 'li.lei@example.com' })).toEqual({ email: 'li.lei@example.com' });
  });
});
