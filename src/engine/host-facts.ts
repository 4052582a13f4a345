import { parseContact } from '../diagnose/contact.js';
import { minorUnits } from '../diagnose/currencies.js';
import { toLocalIso } from '../diagnose/local-iso.js';
import { redact } from '../diagnose/redact.js';
import { CLOCK_SKEW_MS, readDateTimeValue } from '../diagnose/date-time-value.js';
import type { HostContext } from '../shared/host-attributes.js';
import { isPaymentMethod, type Facts, type Money } from './context.js';

/** What a host page may say about the failure, as the element's attributes give it. */
export type HostFacts = HostContext;

/** An ISO 4217 code the platform knows (Intl lists them), in capitals. */
function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (typeof Intl.supportedValuesOf !== 'function') return true;
  return Intl.supportedValuesOf('currency').includes(code);
}

/**
 * "1299.5" + CNY -> "1299.50". Undefined (so the flow asks) for anything that is not a positive
 * decimal in a known currency, or has more decimals than the currency has: "12.999" CNY or
 * "1000.50" JPY cannot be rounded silently into a ticket.
 */
function hostAmount(amount: string | undefined, currency = 'CNY'): Money | undefined {
  const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(amount ?? '');
  const code = currency.trim().toUpperCase() || 'CNY';
  if (!match || !isCurrencyCode(code)) return undefined;
  const digits = minorUnits(code);
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const given = match[2] ?? '';
  if (given.replace(/0+$/, '').length > digits) return undefined;
  const fraction = given.padEnd(digits, '0').slice(0, digits);
  if (/^0*$/.test(whole + fraction)) return undefined;
  return { value: digits > 0 ? `${whole}.${fraction}` : whole, currency: code };
}

/**
 * ISO 8601 only ("2026-11-27T10:02:00+08:00"; without an offset, or a date alone, it is the user's
 * local time, read as the answer box reads it), not in the future; kept with the user's offset.
 */
function hostTime(occurredAt: string | undefined): string | undefined {
  const now = new Date();
  const date = occurredAt ? readDateTimeValue(occurredAt, now) : undefined;
  if (!date || date.getTime() > now.getTime() + CLOCK_SKEW_MS) return undefined;
  return toLocalIso(date);
}

/** A phone number as people write hotlines: "95188", "+86 400-123-4567"; nothing else is shown as a tel: link. */
function phone(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^\+?\d[\d\s-]{1,22}\d$/.test(trimmed) ? trimmed : undefined;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? redact(trimmed).text : undefined;
}

/**
 * Turns the host's attributes into known facts. A value the widget cannot use is dropped (and so
 * asked for) rather than trusted: the flow never asks again for what it keeps here.
 */
export function factsFromHost(given: HostFacts): Facts {
  // A page may set a property to a number (React does, and start() takes what it is given): read it as text.
  const host: HostFacts = Object.fromEntries(
    Object.entries(given).map(([name, value]) => [name, value == null ? undefined : String(value)]),
  );
  const facts: Facts = {
    amount: hostAmount(host.amount, host.currency),
    occurredAt: hostTime(host.occurredAt),
    errorCode: text(host.errorCode),
    errorMessage: text(host.errorMessage),
    merchant: text(host.merchant),
    orderId: text(host.orderId),
    paymentMethod: isPaymentMethod(host.paymentMethod) ? host.paymentMethod : undefined,
    supportPhone: phone(host.supportPhone),
    // The person's e-mail or phone, for the ticket's reply: only a valid one (never a card number).
    contact: host.contact ? parseContact(host.contact) : undefined,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as Facts;
}
