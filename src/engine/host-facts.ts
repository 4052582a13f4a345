import { minorUnits } from '../diagnose/currencies.js';
import { redact } from '../diagnose/redact.js';
import type { Facts, Money } from './context.js';

/** What a host page may say about the failure, as the element's attributes give it. */
export interface HostFacts {
  amount?: string;
  currency?: string;
  occurredAt?: string;
  errorCode?: string;
  errorMessage?: string;
  merchant?: string;
  orderId?: string;
}

/** "1299.5" + CNY -> "1299.50"; undefined for anything that is not a positive decimal string. */
function hostAmount(amount: string | undefined, currency = 'CNY'): Money | undefined {
  const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(amount ?? '');
  if (!match) return undefined;
  const code = currency.trim().toUpperCase() || 'CNY';
  const digits = minorUnits(code);
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').padEnd(digits, '0').slice(0, digits);
  if (/^0*$/.test(whole + fraction)) return undefined;
  return { value: digits > 0 ? `${whole}.${fraction}` : whole, currency: code };
}

function hostTime(occurredAt: string | undefined): string | undefined {
  if (!occurredAt || Number.isNaN(Date.parse(occurredAt))) return undefined;
  return occurredAt;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? redact(trimmed).text : undefined;
}

/**
 * Turns the host's attributes into known facts. A value the widget cannot use is dropped (and so
 * asked for) rather than trusted: the flow never asks again for what it keeps here.
 */
export function factsFromHost(host: HostFacts): Facts {
  const facts: Facts = {
    amount: hostAmount(host.amount, host.currency),
    occurredAt: hostTime(host.occurredAt),
    errorCode: text(host.errorCode),
    errorMessage: text(host.errorMessage),
    merchant: text(host.merchant),
    orderId: text(host.orderId),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as Facts;
}
