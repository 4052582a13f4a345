/**
 * A date-time value as a host or a date-time picker gives it (ISO 8601), and the clock skew every
 * time reading allows. Apart from time-quick.ts (relative times, numerals, chips), so reading the
 * host's `occurred-at` needs none of that (docs/decisions/0021).
 */

/** Phones and servers disagree by a few minutes; "just now" must not be rejected as the future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

const dateTimeValue =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO 8601 date-time ("2026-11-26T15:00:00+08:00", "2026-11-20T20:30", "2026-11-20").
 * Without an offset it is the user's wall-clock time, as a date-time picker gives it. A date alone
 * is read as noon, as chrono-node reads it (the middle of the day is the least wrong), or as now
 * when that noon is still to come today. Impossible dates and times (02-30, 25:00) are not read.
 */
export function readDateTimeValue(input: string, now: Date = new Date()): Date | undefined {
  const match = dateTimeValue.exec(input.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute = '00', second = '00', zone] = match;
  const parts = [
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 12),
    Number(minute),
    Number(second),
  ] as const;
  const local = new Date(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
  const asTyped = [
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
  ];
  if (asTyped.some((value, index) => value !== parts[index])) return undefined;
  if (zone)
    return new Date(
      `${year}-${month}-${day}T${hour ?? '12'}:${minute}:${second.padStart(2, '0')}${zone.toUpperCase()}`,
    );
  if (hour === undefined && local.getTime() > now.getTime() && local.toDateString() === now.toDateString()) return now;
  return local;
}
