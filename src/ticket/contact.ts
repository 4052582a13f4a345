import { redact } from '../diagnose/redact.js';
import type { Contact } from '../engine/context.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{6,24}$/;

/**
 * Reads "Contact" as an email or a phone number; undefined when it is neither. A card number has
 * the shape of a phone number without "+": such a number is refused (see {@link looksLikeCardNumber}),
 * never kept.
 */
export function parseContact(text: string): Contact | undefined {
  const value = text.trim();
  if (EMAIL.test(value)) return { email: value };
  if (looksLikeCardNumber(value)) return undefined;
  if (PHONE.test(value) && value.replace(/\D/g, '').length >= 6) return { phone: value };
  return undefined;
}

/** True for a number the redactor would mask as a card; a phone number written with "+" never is. */
export function looksLikeCardNumber(text: string): boolean {
  return redact(text.trim()).found.includes('card-number');
}

export function formatContact(contact: Contact | undefined): string {
  return contact?.email ?? contact?.phone ?? '';
}
