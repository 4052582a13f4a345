/**
 * Days as the person counts them, in their own time zone: "by Tuesday 1 Dec". Working days skip
 * Saturday and Sunday only; public holidays move bank deadlines further, which the advice says
 * in words rather than with a holiday table that would go out of date every year.
 */
import type { Locale } from '../../diagnose/types.js';

export type DayCount = { days: number; unit: 'calendar' | 'working' };

/** The end (23:59:59.999, local time) of the day `count` after the day of `from`. */
export function deadlineAfter(from: Date, { days, unit }: DayCount): Date {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate(), 23, 59, 59, 999);
  let left = days;
  while (left > 0) {
    day.setDate(day.getDate() + 1);
    const weekday = day.getDay();
    if (unit === 'calendar' || (weekday !== 0 && weekday !== 6)) left--;
  }
  return day;
}

const weekdays: Record<Locale, readonly string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  'zh-TW': ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A day as the person's locale writes it: "12月1日（周二）", "Tue 1 Dec". Written out rather than
 * with Intl.DateTimeFormat: the first Intl formatter costs Chromium a frame's worth of locale data
 * on the very turn the advice is shown.
 */
export function formatDay(date: Date, locale: Locale, now: Date = new Date()): string {
  const weekday = weekdays[locale][date.getDay()];
  const otherYear = date.getFullYear() !== now.getFullYear();
  if (locale === 'en')
    return `${weekday} ${date.getDate()} ${months[date.getMonth()]}${otherYear ? ` ${date.getFullYear()}` : ''}`;
  return `${otherYear ? `${date.getFullYear()}年` : ''}${date.getMonth() + 1}月${date.getDate()}日（${weekday}）`;
}

/** How a rule reads: "3 个工作日", "3 個工作天", "3 working days", "1 天". */
export function formatDayCount({ days, unit }: DayCount, locale: Locale): string {
  if (locale === 'en') return `${days} ${unit === 'working' ? 'working ' : ''}day${days === 1 ? '' : 's'}`;
  if (unit === 'calendar') return `${days} 天`;
  return locale === 'zh-TW' ? `${days} 個工作天` : `${days} 个工作日`;
}
