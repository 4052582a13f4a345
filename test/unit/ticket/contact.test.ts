import { describe, expect, it } from 'vitest';
import { parseContact } from '../../../src/ticket/contact.js';

describe('the contact field', () => {
  it('reads an email address or a phone number', () => {
    expect(parseContact(' li.lei@example.com ')).toEqual({ email: 'li.lei@example.com' });
    expect(parseContact('+86 138 0013 8000')).toEqual({ phone: '+86 138 0013 8000' });
    expect(parseContact('13800138000')).toEqual({ phone: '13800138000' });
  });

  it('refuses a card number, which has the shape of a phone number', () => {
    expect(parseContact('4111 1111 1111 1111')).toBeUndefined();
    expect(parseContact('4111111111111111')).toBeUndefined();
  });

  it('refuses what is neither', () => {
    expect(parseContact('call me')).toBeUndefined();
    expect(parseContact('12345')).toBeUndefined();
  });
});
