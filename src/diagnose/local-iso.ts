/**
 * ISO 8601 in the runtime's time zone with its offset at that instant ("2026-11-26T15:00:00+08:00"),
 * the form tickets carry. Date#toISOString would give UTC, and support agents read the user's
 * wall-clock time.
 */
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function toLocalIso(date: Date): string {
  // getTimezoneOffset is per instant, so daylight saving is accounted for.
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const year = date.getFullYear();
  const yearText = year < 0 || year > 9999 ? `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}` : pad(year, 4);
  return (
    `${yearText}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
