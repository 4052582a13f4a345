/**
 * Reading the ticket review form: what the person typed in each field becomes the edits the flow
 * applies, or a reason a field cannot be taken. The form only renders and sends (docs/architecture.md:
 * the widget never reads an answer itself); every field is redacted here, as every answer is.
 */
import { parseAmount } from '../diagnose/amount.js';
import { formatContact, looksLikeCardNumber, maskContactText, parseContact } from '../diagnose/contact.js';
import { redact } from '../diagnose/redact.js';
import type { Contact, Locale, Money, TicketEdits } from '../shared/types.js';
import { fromDateTimeLocal } from './iso-time.js';

export { MAX_CONTACT_LENGTH } from '../diagnose/contact.js';

/** A time more than this far ahead of the device's clock is a typo, not clock skew. */
const CLOCK_SKEW = 5 * 60_000;

/** What the form's fields hold, as typed (the time as a datetime-local value). */
export interface TicketFields {
  amount: string;
  time: string;
  /** The browser reports a half-typed date-time as empty and invalid: an error, not a cleared field. */
  timeIncomplete: boolean;
  errorCode: string;
  errorMessage: string;
  merchant: string;
  orderId: string;
  description: string;
  contact: string;
}

export type CheckedField = 'amount' | 'time' | 'contact';
export type FieldError = 'invalid-amount' | 'invalid-time' | 'invalid-contact' | 'card-as-contact';

export interface TicketFormReading {
  edits: TicketEdits;
  errors: Partial<Record<CheckedField, FieldError>>;
}

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

/** What a field shows once the form is sent: a card number or code typed into it does not stay on screen. */
export function maskedField(name: string, typed: string): string {
  // A contact keeps its words ("pin.li@163.com" is an address, not a PIN); a card number in it is masked.
  return name === 'contact' ? maskContactText(typed) : redact(typed).text;
}

/** The contact as the form shows it, prefilled: masked where it holds a card number. */
export function contactShown(contact: Contact | undefined): string {
  return maskContactText(formatContact(contact));
}

/** The amount as the form shows it, prefilled: the yuan without a currency, anything else with its code. */
export function amountShown(amount: Money | undefined): string {
  if (!amount) return '';
  return amount.currency === 'CNY' ? amount.value : `${amount.value} ${amount.currency}`;
}
