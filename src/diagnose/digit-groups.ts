/**
 * Reads "1,299.50", "1.299,50", "1 299,50", "1'299.50" or "1299.5" into an exact decimal, telling
 * thousands separators from decimal separators by their shape and, only where both readings fit,
 * by the locale.
 */
import { fromDigits } from './decimal.js';
import type { Decimal } from './decimal.js';

const groupedInteger = (separator: string) =>
  new RegExp(`^\\d{1,3}(?:${separator === '.' ? '\\.' : separator}\\d{3})+$`);
const groupedBy: Readonly<Record<string, RegExp>> = {
  ',': groupedInteger(','),
  '.': groupedInteger('.'),
  ' ': groupedInteger(' '),
  "'": groupedInteger("'"),
};

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/**
 * `decimalSeparator` is the locale's; `minorDigits` the currency's. Returns undefined for text that
 * is not one number, and 'ambiguous' when it reads as two different amounts.
 */
export function parseDigitGroups(
  input: string,
  decimalSeparator: string,
  minorDigits: number,
): Decimal | 'ambiguous' | undefined {
  let text = input.replace(/’/g, "'").replace(/\s+/g, ' ');
  // Spaces and apostrophes only ever group thousands (fr-FR, de-CH); validate and drop them.
  for (const group of [' ', "'"]) {
    if (!text.includes(group)) continue;
    const [integer = '', ...rest] = text.split(/[.,](?=\d+$)/);
    if (rest.length > 1 || !groupedBy[group]!.test(integer)) return undefined;
    text = text.split(group).join('');
  }
  if (!/^\d[\d.,]*$/.test(text) || !/\d$/.test(text)) return undefined;
  const dots = count(text, '.');
  const commas = count(text, ',');
  if (dots === 0 && commas === 0) return fromDigits(text);
  if (dots > 0 && commas > 0) {
    // The last separator is the decimal one; the other must group thousands properly. So
    // "1.234.567,8" is accepted: only the German reading makes it a number at all.
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(text, decimal) > 1) return undefined;
    const [integer = '', fraction = ''] = text.split(decimal);
    if (!groupedBy[group]!.test(integer)) return undefined;
    return fromDigits(integer.split(group).join(''), fraction);
  }
  const separator = dots > 0 ? '.' : ',';
  if (dots + commas > 1) {
    return groupedBy[separator]!.test(text) ? fromDigits(text.split(separator).join('')) : undefined;
  }
  const [integer = '', fraction = ''] = text.split(separator);
  const couldGroup = fraction.length === 3 && integer.length <= 3 && integer !== '0';
  if (!couldGroup) return fromDigits(integer, fraction);
  if (separator !== decimalSeparator) return fromDigits(integer + fraction);
  // "1.234" in zh or en: 1.234 by the locale, but a yuan amount has two decimals, so it may well
  // be 1234 written the German way. Only a currency with three decimals (KWD) settles it.
  return minorDigits >= 3 ? fromDigits(integer, fraction) : 'ambiguous';
}
