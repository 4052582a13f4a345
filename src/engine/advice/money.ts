/**
 * Amounts inside the bot's sentences: "¥2,500.00", "NT$500". Kept as the decimal strings the
 * parser made (never floats); the ticket form shows amounts with Intl, but a sentence built in the
 * machine should not pay for the first Intl formatter on the turn it is said.
 */
import type { Money } from '../context.js';

const symbols: Readonly<Record<string, string>> = {
  CNY: '¥',
  HKD: 'HK$',
  TWD: 'NT$',
  MOP: 'MOP$',
  USD: 'US$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
};

export function formatMoney({ value, currency }: Money): string {
  const [whole = '0', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  const symbol = symbols[currency];
  return symbol ? `${symbol}${number}` : `${number} ${currency}`;
}

/** A decimal string in minor units (cents, fen): exact integer arithmetic for comparisons. */
export function toMinor(value: string): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

export function fromMinor(minor: bigint, currency: string): Money {
  const whole = minor / 100n;
  const cents = (minor % 100n).toString().padStart(2, '0');
  return { value: `${whole}.${cents}`, currency };
}
