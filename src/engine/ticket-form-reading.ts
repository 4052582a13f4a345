/**
 * Reads the ticket review form (ticket-form.ts has its types and what it shows): the edits the
 * flow applies, or a reason a field cannot be taken. Loaded with import() when the person first
 * edits the form or sends it: the amount parser comes with it, and a form sent as prefilled never
 * needs it before then (docs/decisions/0021).
 */
import { parseAmount } from '../diagnose/amount.js';
import { looksLikeCardNumber, parseContact } from '../diagnose/contact.js';
import { redact } from '../diagnose/redact.js';
import type { Locale, Money, TicketEdits } from '../shared/types.js';
import { fromDateTimeLocal } from './iso-time.js';
import type { TicketFields, TicketFormReading } from './ticket-form.js';

/** A time more than this far ahead of the device's clock is a typo, not clock skew. */
const CLOCK_SKEW = 5 * 60_000;

export function readTicketForm(fields: TicketFields, locale: Locale, now: number = Date.now()): TicketFormReading {
  const errors: TicketFormReading['errors'] = {};
  const value = (name: keyof Omit<TicketFields, 'timeIncomplete'>) => fields[name].trim();

  const amountTyped = value('amount');
  // A card number typed as the amount is refused, not read as one.
  const amountIsSecret = looksLikeCardNumber(amountTyped);
  const amount = amountTyped && !amountIsSecret ? parseAmount(amountTyped, locale) : undefined;
  if ((amount && !amount.ok) || amountIsSecret) errors.amount = 'invalid-amount';

  const timeTyped = value('time');
  const occurredAt = fromDateTimeLocal(timeTyped);
  if (timeTyped && (!occurredAt || Date.parse(occurredAt) > now + CLOCK_SKEW)) errors.time = 'invalid-time';
  if (fields.timeIncomplete) errors.time = 'invalid-time';

  const contact = parseContact(value('contact'));
  if (!contact) errors.contact = looksLikeCardNumber(value('contact')) ? 'card-as-contact' : 'invalid-contact';

  // "" rather than undefined: an emptied field leaves the ticket instead of keeping the old value.
  const text = (name: 'errorCode' | 'errorMessage' | 'merchant' | 'orderId' | 'description') =>
    redact(value(name)).text;
  const edits: TicketEdits = {
    // An emptied field clears what the conversation had; one that does not read stays an error above.
    amount: amount?.ok
      ? ({ value: amount.value, currency: amount.currency } satisfies Money)
      : amountTyped
        ? undefined
        : null,
    occurredAt: timeTyped || fields.timeIncomplete ? occurredAt : null,
    errorCode: text('errorCode'),
    errorMessage: text('errorMessage'),
    merchant: text('merchant'),
    orderId: text('orderId'),
    description: text('description'),
    contact,
  };
  return { edits, errors };
}
