import { passesLuhn } from './checksums.js';
import { MASK, redact } from './redact.js';
import { normalise } from './redact-normalise.js';
import type { Contact } from '../shared/types.js';

/** The longest address SMTP can carry (RFC 5321: 256-octet path, less the angle brackets). */
export const MAX_CONTACT_LENGTH = 254;
/**
 * Linear on any input: the local part is bounded, and domain labels cannot contain the dots that
 * part them, so there is one way to match and nothing to backtrack into. The length cap above is
 * checked first anyway (issue 13: the old pattern took seconds on a pasted 160 KB).
 */
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^\+?[\d\s()-]{6,24}$/;
/** E.164: a number written with "+" has at most 15 digits. */
const MAX_INTERNATIONAL_DIGITS = 15;
const MIN_CARD_DIGITS = 12;

/**
 * Reads "Contact" as an email or a phone number; undefined when it is neither. A card number has
 * the shape of a phone number, and can be put in an e-mail address: such a contact is refused
 * (see {@link looksLikeCardNumber}), never kept.
 */
export function parseContact(text: string): Contact | undefined {
  const value = text.trim();
  if (value.length > MAX_CONTACT_LENGTH) return undefined;
  if (looksLikeCardNumber(value)) return undefined;
  if (EMAIL.test(value)) return { email: value };
  const digits = value.replace(/\D/g, '').length;
  if (value.startsWith('+') && digits > MAX_INTERNATIONAL_DIGITS) return undefined;
  if (PHONE.test(value) && digits >= 6) return { phone: value };
  return undefined;
}

/**
 * True for text holding what the redactor masks as a card number ("+4111 1111 1111 1111"
 * included, while "+86 138 0013 8002" is a phone number), and for an e-mail address with a
 * Luhn-valid run of 12 or more digits in it ("4111111111111111@example.com").
 */
export function looksLikeCardNumber(text: string): boolean {
  const value = text.trim();
  if (redact(value).found.includes('card-number')) return true;
  return value.includes('@') && value.length <= MAX_CONTACT_LENGTH && holdsLuhnValidRun(value);
}

function holdsLuhnValidRun(text: string): boolean {
  const runs = normalise(text).text.match(/\d+/g) ?? [];
  return runs.some((run) => run.length >= MIN_CARD_DIGITS && passesLuhn(run));
}

/**
 * What the form shows and the ticket keeps of a contact: a valid address or number as written
 * ("pin.li@163.com" is an address, not a PIN); anything else redacted, and a card number the
 * redactor does not see as one (a long digit run in an address) masked whole.
 */
export function maskContactText(text: string): string {
  if (parseContact(text)) return text;
  const masked = redact(text);
  return looksLikeCardNumber(text) && !masked.found.includes('card-number') ? MASK : masked.text;
}

export function maskContact(contact: Contact): Contact {
  return {
    ...(contact.email !== undefined ? { email: maskContactText(contact.email) } : {}),
    ...(contact.phone !== undefined ? { phone: maskContactText(contact.phone) } : {}),
  };
}

export function formatContact(contact: Contact | undefined): string {
  return contact?.email ?? contact?.phone ?? '';
}
