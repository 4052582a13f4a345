/**
 * The part of time reading that needs no natural-language parser: date-time values (ISO 8601, a
 * native date-time picker's "2026-11-26T15:00"), the widget's quick chips ("just now", "昨天") and
 * Chinese relative times. The widget tries this first and loads chrono-node (time.ts) only when a
 * free-text time is typed that this cannot read.
 */
import { CLOCK_SKEW_MS, readDateTimeValue } from './date-time-value.js';
import { toLocalIso } from './local-iso.js';
import { parseChineseRelative } from './relative-time.js';
import type { TimeResult } from './types.js';

export { CLOCK_SKEW_MS, readDateTimeValue };

const DAY_MS = 86_400_000;
/** Older than this, the flow asks "did you mean …?" before filing: chargeback windows close. */
export const CONFIRM_AFTER_DAYS = 180;

/**
 * "3/4" or "03.04.2026": March 4 in the US and in China, 3 April in Europe. Both readings are real
 * days, so the bot asks rather than guesses. Year-first dates (2026/3/4) are unambiguous.
 */
const dayMonthPair = /(?<![\d/.\-])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?(?![\d/.])/;

function yesterdayNoon(now: Date): Date {
  const date = new Date(now.getTime());
  date.setDate(date.getDate() - 1);
  date.setHours(12, 0, 0, 0);
  return date;
}

/** The quick chips' words (engine/steps.ts timeSuggestions), read as chrono-node reads them. */
const chips: Readonly<Record<string, (now: Date) => Date>> = {
  'just now': (now) => now,
  now: (now) => now,
  'earlier today': (now) => now,
  today: (now) => now,
  yesterday: (now) => {
    // The calendar day before, same wall-clock time (24 hours is not a day when the clocks change).
    const date = new Date(now.getTime());
    date.setDate(date.getDate() - 1);
    return date;
  },
  今天早些时候: (now) => now,
  今天稍早: (now) => now,
  今天: (now) => now,
  昨天: yesterdayNoon,
};

export interface PreparedTime {
  input: string;
  chinese: boolean;
}

/** Checks every reading shares: empty, unusable `now`, and day/month pairs that need asking. */
export function prepareTime(text: string, locale: string, now: Date): PreparedTime | TimeResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'empty' };
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return { ok: false, reason: 'not-a-time' };
  const input = text.normalize('NFKC').trim();
  const pair = dayMonthPair.exec(input);
  if (pair) {
    const [first, second] = [Number(pair[1]), Number(pair[2])];
    if (first !== second && first >= 1 && first <= 12 && second >= 1 && second <= 12) {
      return { ok: false, reason: 'ambiguous' };
    }
  }
  const chinese =
    String(locale ?? '')
      .toLowerCase()
      .startsWith('zh') || /[\u4e00-\u9fff]/.test(input);
  return { input, chinese };
}

/** The verdict on an instant that was read: not in the future, and confirmed when long ago. */
export function judgeTime(found: Date | undefined, now: Date): TimeResult {
  if (found === undefined || Number.isNaN(found.getTime())) return { ok: false, reason: 'not-a-time' };
  if (found.getTime() > now.getTime() + CLOCK_SKEW_MS) return { ok: false, reason: 'future' };
  const value = toLocalIso(found);
  return now.getTime() - found.getTime() > CONFIRM_AFTER_DAYS * DAY_MS
    ? { ok: true, value, needsConfirmation: 'older-than-180-days' }
    : { ok: true, value };
}

/**
 * Reads `text` if it needs no natural-language parser; undefined means "ask chrono-node".
 * Rejections that need no parser (empty, ambiguous day/month) are returned here too.
 */
export function parseTimeQuickly(text: string, locale: string, now: Date = new Date()): TimeResult | undefined {
  const prepared = prepareTime(text, locale, now);
  if ('ok' in prepared) return prepared;
  const { input, chinese } = prepared;
  const found =
    readDateTimeValue(input, now) ??
    chips[input.toLowerCase()]?.(now) ??
    (chinese ? parseChineseRelative(input, now) : undefined);
  return found ? judgeTime(found, now) : undefined;
}
