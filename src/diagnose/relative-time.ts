/**
 * Chinese relative times that chrono-node's zh parser does not read: 30分钟前, 两小时前, 半小时前,
 * 一个半小时前, 3天前, 刚才. Returns the instant, or undefined when the text says none of these.
 * Read on Simplified text, so 兩小時前 and 剛才 are the same words.
 */
import { parseChineseNumber } from './numerals.js';
import { toSimplified } from './to-simplified.js';

const minute = 60_000;
const unitMinutes: Readonly<Record<string, number>> = {
  分钟: 1,
  分: 1,
  小时: 60,
  钟头: 60,
  天: 1440,
  日: 1440,
  周: 10_080,
  星期: 10_080,
  礼拜: 10_080,
};
const months = new Set(['月', '个月']);

const relative =
  /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)?\s*(?:个)?\s*(半)?\s*(分钟|分|小时|钟头|天|日|周|星期|礼拜|个月|月)\s*(?:以|之)?前/;
/** 上个月15号, 本月3日: chrono's zh parser reads neither. */
const dayOfMonth = /(上上|上|本|这)\s*(?:个)?\s*月\s*(\d{1,2}|[一二三四五六七八九十]+)\s*[号日]/;
const justNow = /刚才|刚刚|方才|就在刚|现在|此刻/;

function amountOf(count: string | undefined, half: boolean): number | undefined {
  let value = 0;
  if (count !== undefined) {
    const decimal = parseChineseNumber(count);
    if (decimal === undefined) return undefined;
    value = Number(decimal.units) / 10 ** decimal.scale;
  }
  if (half) value += 0.5;
  return value > 0 ? value : undefined;
}

export function parseChineseRelative(typed: string, now: Date): Date | undefined {
  const text = toSimplified(typed);
  const match = relative.exec(text);
  if (match) {
    const [, count, half, unit = ''] = match;
    // "半小时前" has no count; "小时前" alone is not a time.
    const amount = amountOf(count, half !== undefined);
    if (amount === undefined) return undefined;
    if (months.has(unit)) {
      const date = new Date(now.getTime());
      date.setMonth(date.getMonth() - Math.round(amount));
      return date;
    }
    return new Date(now.getTime() - amount * (unitMinutes[unit] ?? 0) * minute);
  }
  const monthDay = dayOfMonth.exec(text);
  if (monthDay) {
    const back = monthDay[1] === '上上' ? 2 : monthDay[1] === '上' ? 1 : 0;
    const day = parseChineseNumber(monthDay[2]!);
    if (day === undefined || day.scale !== 0 || day.units < 1n || day.units > 31n) return undefined;
    // Noon, as chrono does for a day without a time; day first so the month cannot overflow.
    const date = new Date(now.getFullYear(), now.getMonth() - back, 1, 12, 0, 0, 0);
    const last = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
    if (Number(day.units) > last) return undefined;
    date.setDate(Number(day.units));
    return date;
  }
  return justNow.test(text) ? new Date(now.getTime()) : undefined;
}
