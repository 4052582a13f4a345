import { describe, expect, it } from 'vitest';
import { amountShown, contactShown, maskedField, type TicketFields } from '../../../src/engine/ticket-form.js';
import { readTicketForm } from '../../../src/engine/ticket-form-reading.js';

const fields = (typed: Partial<TicketFields> = {}): TicketFields => ({
  amount: '',
  time: '',
  timeIncomplete: false,
  errorCode: '',
  errorMessage: '',
  merchant: '',
  orderId: '',
  description: '',
  contact: 'li.lei@example.com',
  ...typed,
});
const now = Date.parse('2026-11-27T10:00:00+08:00');

describe('reading the ticket form', () => {
  it('reads every field into the edits the flow applies, redacted', () => {
    const { edits, errors } = readTicketForm(
      fields({
        amount: '¥1,299.50',
        time: '2026-11-26T15:00',
        errorMessage: 'CVV 123 wrong',
        description: 'card 4111 1111 1111 1111',
      }),
      'zh-CN',
      now,
    );
    expect(errors).toEqual({});
    expect(edits.amount).toEqual({ value: '1299.50', currency: 'CNY' });
    expect(edits.occurredAt).toMatch(/^2026-11-26T15:00:00/);
    expect(edits.errorMessage).not.toContain('123');
    expect(edits.description).toContain('•••• 1111');
    expect(edits.contact).toEqual({ email: 'li.lei@example.com' });
  });

  it('says which field cannot be taken, and why', () => {
    const { errors } = readTicketForm(
      fields({ amount: 'a lot', time: '2027-01-01T10:00', contact: '+4111 1111 1111 1111' }),
      'en',
      now,
    );
    expect(errors).toEqual({ amount: 'invalid-amount', time: 'invalid-time', contact: 'card-as-contact' });
    expect(readTicketForm(fields({ contact: 'not an address' }), 'en', now).errors.contact).toBe('invalid-contact');
    expect(readTicketForm(fields({ timeIncomplete: true }), 'en', now).errors.time).toBe('invalid-time');
  });

  it('refuses a card number typed as the amount rather than reading it as money', () => {
    expect(readTicketForm(fields({ amount: '4111 1111 1111 1111' }), 'en', now).errors.amount).toBe('invalid-amount');
  });

  it('clears a fact whose field was emptied, and keeps one left alone out of the edits', () => {
    const { edits } = readTicketForm(fields(), 'en', now);
    expect(edits.amount).toBeNull();
    expect(edits.occurredAt).toBeNull();
    expect(edits.merchant).toBe('');
  });

  it('shows prefilled values as people write them, and masks what was typed once sent', () => {
    expect(amountShown({ value: '88.80', currency: 'CNY' })).toBe('88.80');
    expect(amountShown({ value: '500', currency: 'TWD' })).toBe('500 TWD');
    expect(contactShown({ phone: '4111111111111111' })).not.toContain('4111111111111111');
    expect(maskedField('contact', 'pin.li@163.com')).toBe('pin.li@163.com');
    expect(maskedField('description', 'PIN: 2468')).not.toContain('2468');
  });
});
