/**
 * Finds the currency written next to a number ("¥88", "88元", "25 usd", "1.234,50 €") or, failing
 * that, once anywhere in the answer ("金额(元)：88").
 */
import { currencyMarkers } from './currencies.js';
import type { CurrencyMarker, MarkerCurrency } from './currencies.js';

export interface MarkerBefore {
  marker: CurrencyMarker;
  start: number;
}
export interface MarkerAfter {
  marker: CurrencyMarker;
  end: number;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[a-z]/i.test(ch);
const endsInLetter = (text: string) => isLetter(text[text.length - 1]);
const startsWithLetter = (text: string) => isLetter(text[0]);

function textFor(marker: CurrencyMarker, typed: string, folded: string): string {
  return marker.upperCaseOnly ? typed : folded;
}

/** `typed` and `folded` (lower-cased) are index-aligned views of the same answer. */
export function findMarkerBefore(typed: string, folded: string, numberStart: number): MarkerBefore | undefined {
  let end = numberStart;
  while (end > 0 && folded[end - 1] === ' ') end--;
  // The sign may sit between the symbol and the digits: "¥-50".
  if (folded[end - 1] === '-') {
    end--;
    while (end > 0 && folded[end - 1] === ' ') end--;
  }
  for (const marker of currencyMarkers) {
    const start = end - marker.text.length;
    if (start < 0 || textFor(marker, typed, folded).slice(start, end) !== marker.text) continue;
    if (startsWithLetter(marker.text) && isLetter(folded[start - 1])) continue;
    return { marker, start };
  }
  return undefined;
}

export function findMarkerAfter(typed: string, folded: string, numberEnd: number): MarkerAfter | undefined {
  let start = numberEnd;
  while (start < folded.length && folded[start] === ' ') start++;
  // A measure word may come between: "0.5个比特币", "3枚金币" (個 arrives as 个: toSimplified).
  if (folded[start] === '个' || folded[start] === '枚') start++;
  for (const marker of currencyMarkers) {
    const end = start + marker.text.length;
    if (textFor(marker, typed, folded).slice(start, end) !== marker.text) continue;
    if (endsInLetter(marker.text) && isLetter(folded[end])) continue;
    return { marker, end };
  }
  return undefined;
}

/**
 * The one currency the answer names anywhere, `null` if that one is unsupported, undefined when it
 * names none or several.
 */
export function findStandaloneCurrency(typed: string, folded: string): MarkerCurrency | undefined {
  const taken: [number, number][] = [];
  const found = new Set<MarkerCurrency>();
  for (const marker of currencyMarkers) {
    if (!marker.standalone) continue;
    const text = textFor(marker, typed, folded);
    let at = text.indexOf(marker.text);
    while (at >= 0) {
      const end = at + marker.text.length;
      const inWord =
        (startsWithLetter(marker.text) && isLetter(folded[at - 1])) ||
        (endsInLetter(marker.text) && isLetter(folded[end]));
      if (!inWord && !taken.some(([s, e]) => at < e && end > s)) {
        taken.push([at, end]);
        found.add(marker.currency);
      }
      at = text.indexOf(marker.text, at + 1);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
