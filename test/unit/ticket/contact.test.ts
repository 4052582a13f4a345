import { describe, expect, it } from 'vitest';
import { looksLikeCardNumber, parseContact } from '../../../src/ticket/contact.js';

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
