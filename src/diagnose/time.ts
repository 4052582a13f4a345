/**
 * Reads when the failed payment happened: "昨天下午3点", "30分钟前", "11月20日 20:30",
 * "yesterday at 3pm", "2 hours ago", ISO 8601. Kept apart from index.ts's other modules because it
 * alone pulls in chrono-node, which the widget loads only when a free-text time is typed.
 */
// Named imports, not a namespace: a bundler then needs no runtime helper to build the namespace.
import { en, zh, type ParsedResult } from 'chrono-node';
import { CLOCK_SKEW_MS, judgeTime, parseTimeQuickly, prepareTime } from './time-quick.js';
import type { TimeResult } from './types.js';

export { CLOCK_SKEW_MS, CONFIRM_AFTER_DAYS } from './time-quick.js';

/** "11.20" is how Chinese users often write 11月20日; chrono's zh parser does not read it. */
const dottedMonthDay = /(?<![\d.])(1[0-2]|0?[1-9])\.([0-2]?\d|3[01])(?![\d.])/g;

type ChronoParser = Pick<typeof en, 'parse'>;

export function parseTime(text: string, locale: string, now: Date = new Date()): TimeResult {
  try {
    return parse(text, locale, now);
  } catch {
    return { ok: false, reason: 'not-a-time' };
  }
}

function parse(text: string, locale: string, now: Date): TimeResult {
  const quick = parseTimeQuickly(text, locale, now);
  if (quick) return quick;
  const prepared = prepareTime(text, locale, now);
  if ('ok' in prepared) return prepared;
  return judgeTime(parseWithChrono(prepared.input, prepared.chinese, now), now);
}

function parseWithChrono(input: string, chinese: boolean, now: Date): Date | undefined {
  // Users mix languages ("昨天 3pm"), so the other language's parser fills in what the first missed.
  const parsers: ChronoParser[] = chinese ? [zh, en] : [en, zh];
  const prepared = chinese
    ? input.replace(dottedMonthDay, (_, month: string, day: string) => `${month}月${day}日`)
    : input;
  const results = parsers.flatMap((parser) => parser.parse(prepared, { instant: now }, { forwardDate: false }));
  return results.length > 0 ? toPast(merge(results), now) : undefined;
}

/** "上周一下午3点" or "昨天 3pm" can come back as a day and a separate time of day: join them. */
function merge(results: ParsedResult[]): { date: Date; certain: (part: Component) => boolean } {
  const first = results[0]!;
  const time = first.start.isCertain('hour')
    ? undefined
    : results.find((r) => r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday'));
  if (time) {
    const date = first.start.date();
    date.setHours(time.start.get('hour') ?? 0, time.start.get('minute') ?? 0, time.start.get('second') ?? 0, 0);
    return { date, certain: (part) => first.start.isCertain(part) || time.start.isCertain(part) };
  }
  return { date: first.start.date(), certain: (part) => first.start.isCertain(part) };
}

type Component = Parameters<ParsedResult['start']['isCertain']>[0];

/**
 * What the user left out is filled in towards the past: they are telling us about a payment that
 * already failed. "晚上8点" said at noon is last night; "Dec 25" said in November is last year.
 */
function toPast({ date, certain }: ReturnType<typeof merge>, now: Date): Date {
  const limit = now.getTime() + CLOCK_SKEW_MS;
  if (date.getTime() <= limit) return date;
  const past = new Date(date.getTime());
  if (!certain('day') && !certain('weekday') && certain('hour')) {
    past.setDate(past.getDate() - 1);
  } else if (!certain('day') && certain('weekday')) {
    past.setDate(past.getDate() - 7);
  } else if (certain('month') && !certain('year')) {
    past.setFullYear(past.getFullYear() - 1);
  } else if (!certain('hour') && sameDay(date, now)) {
    // "今天" / "today": chrono says noon; before noon the best guess is "earlier today", i.e. now.
    return new Date(now.getTime());
  }
  return past;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}
