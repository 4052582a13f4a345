/**
 * Reading the ticket review form: what the person typed in each field becomes the edits the flow
 * applies, or a reason a field cannot be taken. The form only renders and sends (docs/architecture.md:
 * the widget never reads an answer itself); every field is redacted here, as every answer is.
 * The reading itself (readTicketForm, with the amount parser) is ticket-form-reading.ts, loaded
 * when the person first edits the form or sends it (docs/decisions/0021); what the form shows and
 * masks is here.
 */
import { formatContact, maskContactText } from '../diagnose/contact.js';
import { redact } from '../diagnose/redact.js';
import type { Contact, Money, TicketEdits } from '../shared/types.js';

export { MAX_CONTACT_LENGTH } from '../diagnose/contact.js';

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
