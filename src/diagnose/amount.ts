/**
 * Reads the amount of a failed payment from what the user typed: "¥1,299.50", "88元",
 * "about $25", "三千五百块", "1.5万", "１２３", "共计 88.8 元", "新台幣 1,299 元", "兩千". The value is
 * built from the digits as typed, never through a float.
 *
 * A number alone ("88", "1,299", "两千") is money in the default currency. A number among other
 * words with no currency ("大概 3", "about 20 I think") may be money: it is kept, marked
 * `needsConfirmation: 'unclear-amount'`, and the flow asks. A count, a reference, a code or a
 * number in markup is not money at all (not-money.ts).
 */
import { defaultCurrency, minorUnits } from './currencies.js';
import type { MarkerCurrency } from './currencies.js';
import { findMarkerAfter, findMarkerBefore, findStandaloneCurrency } from './currency-markers.js';
import { compare, fromDigits, isZero, shift, toFixed } from './decimal.js';
import type { Decimal } from './decimal.js';
import { chineseNumeralChars, hasChineseNumeral, hasChineseUnit, parseChineseNumber } from './numerals.js';
import { parseDigitGroups } from './digit-groups.js';
import { hasMarkup, isNotMoney } from './not-money.js';
import { toSimplified } from './to-simplified.js';
import type { AmountResult } from './types.js';

interface Candidate {
  start: number;
  end: number;
  value: Decimal | 'ambiguous';
  currency: MarkerCurrency | undefined;
  negative: boolean;
}

const numeralClass = `\\d${chineseNumeralChars}`;
const numberRun = new RegExp(`[${numeralClass}](?:[${numeralClass}.,'’]|\\s(?=\\d))*`, 'g');
const trailingSeparators = /[\s.,'’点]+$/;
/** Dates and clock times are blanked out before looking for numbers: "2026-11-26 15:30 付了88元". */
const datesAndTimes = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?|\d{1,2}:\d{2}(?::\d{2})?/g;
/** Words that join two numbers into a range or a choice: "50-60", "50 or 60", "五十到六十". */
const rangeJoiner = /^\s*(?:-|~|～|到|至|或者?|还是|or|to)\s*$/;
/** 八块五, 12块3毛4: yuan, then jiao, then fen. */
const jiaoFen = new RegExp(`^([${numeralClass}])(?:[毛角]([${numeralClass}])?分?|(?![${numeralClass}]))`);
const jiaoOnly = /^\s*[毛角]/;
const yuanMarkers = new Set(['元', '圆', '块', '块钱']);
const tooLarge = fromDigits('1000000000');

/** Never throws: whatever goes wrong, the answer is "not an amount" and the bot asks again. */
export function parseAmount(text: string, locale: string): AmountResult {
  try {
    return parse(text, locale);
  } catch {
    return { ok: false, reason: 'not-an-amount' };
  }
}

function parse(text: string, locale: string): AmountResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'empty' };
  // Simplified characters from here on: 新臺幣, 港幣, 兩千 and 萬 read as 新台币, 港币, 两千 and 万.
  const typed = toSimplified(text.normalize('NFKC')).replace(/[\u2010-\u2015\u2212]/g, '-');
  const lower = typed.toLowerCase();
  // Markers are matched on lower case; the two must stay index-aligned.
  const folded = lower.length === typed.length ? lower : typed;
  const candidates = findCandidates(typed, folded, locale, hasMarkup(folded));
  if (candidates.length === 0) return { ok: false, reason: 'not-an-amount' };

  const attached = candidates.filter((c) => c.currency !== undefined);
  const pool = attached.length > 0 ? attached : candidates;
  const first = pool[0]!;
  for (const other of pool.slice(1)) {
    if (!sameAmount(first, other)) return { ok: false, reason: 'ambiguous' };
  }
  if (first.value === 'ambiguous') return { ok: false, reason: 'ambiguous' };
  // null: a currency was named that a ticket cannot carry; undefined: none was named.
  const named = first.currency !== undefined ? first.currency : findStandaloneCurrency(typed, folded);
  if (named === null) return { ok: false, reason: 'unsupported-currency' };
  const currency = named ?? defaultCurrency;
  if (isZero(first.value)) return { ok: false, reason: 'zero' };
  if (first.negative) return { ok: false, reason: 'negative' };
  if (compare(first.value, tooLarge) >= 0) return { ok: false, reason: 'too-large' };
  const value = toFixed(first.value, minorUnits(currency));
  // More decimals than the currency has ("¥12.345") is a typo or a foreign separator: ask again.
  if (value === undefined) return { ok: false, reason: 'ambiguous' };
  return named === undefined && saysMore(folded, pool)
    ? { ok: true, value, currency, needsConfirmation: 'unclear-amount' }
    : { ok: true, value, currency };
}

/** Letters or digits besides the number itself: "大概 3", "about 20 I think", not "88" or "88。". */
function saysMore(folded: string, numbers: readonly Candidate[]): boolean {
  let rest = '';
  let from = 0;
  for (const { start, end } of numbers) {
    rest += folded.slice(from, start);
    from = end;
  }
  rest += folded.slice(from);
  return /[\p{L}\p{N}]/u.test(rest);
}

function sameAmount(a: Candidate, b: Candidate): boolean {
  if (a.value === 'ambiguous' || b.value === 'ambiguous') return false;
  return a.currency === b.currency && compare(a.value, b.value) === 0;
}

interface Run {
  start: number;
  end: number;
  text: string;
}

function findRuns(folded: string): Run[] {
  const runs: Run[] = [];
  const blanked = folded.replace(datesAndTimes, (found) => ' '.repeat(found.length));
  for (const match of blanked.matchAll(numberRun)) {
    const raw = match[0].replace(trailingSeparators, '');
    const start = match.index;
    // Space-separated numbers that are not thousands groups are separate numbers: "50 60".
    if (/\s/.test(raw) && !hasChineseNumeral(raw) && parseDigitGroups(raw, '.', 2) === undefined) {
      for (const part of raw.matchAll(/\S+/g)) {
        const partText = part[0].replace(trailingSeparators, '');
        runs.push({ start: start + part.index, end: start + part.index + partText.length, text: partText });
      }
    } else {
      runs.push({ start, end: start + raw.length, text: raw });
    }
  }
  return runs;
}

function findCandidates(typed: string, folded: string, locale: string, markup: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  let consumedUntil = 0;
  let previous: Candidate | undefined;
  for (const run of findRuns(folded)) {
    if (run.start < consumedUntil) continue;
    const prefix = findMarkerBefore(typed, folded, run.start);
    const suffix = prefix ? undefined : findMarkerAfter(typed, folded, run.end);
    let currency: MarkerCurrency | undefined = (prefix ?? suffix)?.marker.currency;
    // 五毛, 3角: tenths of a yuan.
    const tenths = currency === undefined && jiaoOnly.test(folded.slice(run.end));
    if (tenths) currency = 'CNY';
    const chinese = hasChineseNumeral(run.text);
    // 一笔, 一下, 三次: a lone Chinese digit is a word, unless it is money or the whole answer.
    if (chinese && !/\d/.test(run.text) && !hasChineseUnit(run.text) && currency === undefined) {
      if (folded.trim() !== run.text) continue;
    }
    let value = chinese
      ? parseChineseNumber(run.text.replace(/,/g, ''))
      : parseArabic(run.text, locale, currency ?? defaultCurrency);
    if (value === undefined) continue;
    if (value !== 'ambiguous' && tenths) value = shift(value, -1);

    let end = run.end;
    if (suffix && yuanMarkers.has(suffix.marker.text) && value !== 'ambiguous') {
      const cents = jiaoFen.exec(folded.slice(suffix.end));
      const jiao = cents ? parseChineseNumber(cents[1]!) : undefined;
      if (cents && jiao) {
        value = addMinor(value, jiao, cents[2] === undefined ? undefined : parseChineseNumber(cents[2]));
        end = suffix.end + cents[0].length;
      }
    }
    const joined = previous !== undefined && rangeJoiner.test(folded.slice(previous.end, run.start));
    if (currency === undefined && !joined && (markup || isNotMoney(folded, run.start, run.end))) continue;
    const candidate: Candidate = {
      start: run.start,
      end,
      value,
      currency,
      negative: !joined && isNegative(folded, prefix?.start ?? run.start, run.start),
    };
    // "50-60元": the currency written once covers both ends of the range.
    if (joined && previous) {
      candidate.currency ??= previous.currency;
      previous.currency ??= candidate.currency;
    }
    candidates.push(candidate);
    previous = candidate;
    consumedUntil = end;
  }
  return candidates;
}

function addMinor(value: Decimal, jiao: Decimal, fen: Decimal | undefined): Decimal {
  const tenths = shift(jiao, -1);
  const sum = { units: value.units * 10n ** BigInt(Math.max(0, 2 - value.scale)), scale: Math.max(2, value.scale) };
  const extra = [tenths, fen ? shift(fen, -2) : undefined].filter((d): d is Decimal => d !== undefined);
  return extra.reduce(
    (acc, d) => ({ units: acc.units + d.units * 10n ** BigInt(acc.scale - d.scale), scale: acc.scale }),
    sum,
  );
}

/** A minus or 负 right before the number or its currency sign, not the dash of a range. */
function isNegative(folded: string, markerStart: number, numberStart: number): boolean {
  const between = folded.slice(markerStart, numberStart);
  if (/-\s*$/.test(between)) return true;
  const before = folded.slice(0, markerStart).trimEnd();
  if (!/(?:-|负)$/.test(before)) return false;
  return !/\d\s*-$/.test(before);
}

// The widget's own locales are known without asking Intl: in Chromium the first NumberFormat
// loads locale data for about 12 ms, on the very turn the user types an amount.
const decimalSeparatorCache = new Map<string, string>([
  ['en', '.'],
  ['zh-CN', '.'],
  ['zh-TW', '.'],
]);

/** "," for de-DE and fr-FR, "." for zh and en; "." when the locale is unknown. */
function decimalSeparatorOf(locale: string): string {
  let separator = decimalSeparatorCache.get(locale);
  if (separator === undefined) {
    try {
      separator =
        new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    } catch {
      separator = '.';
    }
    decimalSeparatorCache.set(locale, separator);
  }
  return separator;
}

function parseArabic(text: string, locale: string, currency: string): Decimal | 'ambiguous' | undefined {
  return parseDigitGroups(text, decimalSeparatorOf(locale), minorUnits(currency));
}
