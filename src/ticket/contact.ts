import { redact } from '../diagnose/redact.js';
import type { Contact } from '../engine/context.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{6,24}$/;

/**
 * Reads "Contact" as an email or a phone number; undefined when it is neither. A card number has
 * the shape of a phone number: anything the redactor would mask is refused, never kept.
 */
export function parseContact(text: string): Contact | undefined {
  const value = text.trim();
  if (redact(value).found.length > 0) return undefined;
  if (EMAIL.test(value)) return { email: value };
  if (PHONE.test(value) && value.replace(/\D/g, '').length >= 6) return { phone: value };
  return undefined;
}

export function formatContact(contact: Contact | undefined): string {
  return contact?.email ?? contact?.phone ?? '';
}
