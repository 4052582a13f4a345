import type { Locale } from '../../shared/types.js';

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * An amount as people of `locale` write it ("¥1,299.50", "CN¥1,299.50"). The decimal string goes
 * to Intl as a string, so it is formatted exactly, never through a float.
 */
export function formatAmount(amount: { value: string; currency: string }, locale: Locale): string {
  if (!DECIMAL.test(amount.value)) return `${amount.value} ${amount.currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency }).format(
      amount.value as Intl.StringNumericLiteral,
    );
  } catch {
    // An unknown currency code: still show what the user gave.
    return `${amount.value} ${amount.currency}`;
  }
}

/**
 * An instant as people of `locale` read it, in the user's time zone (or `timeZone`):
 * "2026年11月26日 15:00", "Nov 26, 2026, 3:00 PM".
 */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Weeks, days, hours and minutes of an ISO 8601 duration: what a reply time is given in (no absurd counts). */
const DURATION = /^P(?:(\d{1,3})W)?(?:(\d{1,3})D)?(?:T(?:(\d{1,3})H)?(?:(\d{1,4})M)?)?$/;
const DURATION_UNITS = ['week', 'day', 'hour', 'minute'] as const;

/**
 * An ISO 8601 duration ("P1D", "PT4H", "P1DT12H") as people of `locale` say it: "1 day",
 * "4小时", "1 day 12 hours". Undefined for anything else, so nothing wrong is promised.
 * (Intl.DurationFormat would do this, but not yet in every browser the widget supports.)
 */
export function formatDuration(iso: string | undefined, locale: Locale): string | undefined {
  const match = DURATION.exec(iso?.trim().toUpperCase() ?? '');
  const parts = DURATION_UNITS.flatMap((unit, index) => {
    const count = Number(match?.[index + 1] ?? 0);
    return count ? [new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count)] : [];
  });
  return parts.length ? new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts) : undefined;
}
