/**
 * Times as users type them, read at {@link NOW} (a Thursday noon) in Asia/Shanghai, with the
 * instant a support agent would file.
 */
import type { TimeRejection } from '../../../../src/diagnose/types.js';

export const NOW = new Date('2026-11-26T12:00:00+08:00');

export interface TimeCase {
  text: string;
  locale: string;
  value: string;
  old?: true;
}
export interface RejectedTimeCase {
  text: string;
  locale: string;
  reason: TimeRejection;
}

const zh = (text: string, value: string, old?: true): TimeCase => ({
  text,
  locale: 'zh-CN',
  value,
  ...(old && { old }),
});
const en = (text: string, value: string, old?: true): TimeCase => ({ text, locale: 'en', value, ...(old && { old }) });

export const times: readonly TimeCase[] = [
  zh('昨天下午3点', '2026-11-25T15:00:00+08:00'),
  zh('今天上午9点半', '2026-11-26T09:30:00+08:00'),
  zh('30分钟前', '2026-11-26T11:30:00+08:00'),
  zh('11月20日 20:30', '2026-11-20T20:30:00+08:00'),
  zh('昨晚10点', '2026-11-25T22:00:00+08:00'),
  zh('前天晚上8点', '2026-11-24T20:00:00+08:00'),
  // Said at noon with no day: last night, not tonight.
  zh('晚上8点', '2026-11-25T20:00:00+08:00'),
  zh('上午10点', '2026-11-26T10:00:00+08:00'),
  zh('两小时前', '2026-11-26T10:00:00+08:00'),
  zh('半小时前', '2026-11-26T11:30:00+08:00'),
  zh('一个半小时前', '2026-11-26T10:30:00+08:00'),
  zh('3天前', '2026-11-23T12:00:00+08:00'),
  zh('刚刚', '2026-11-26T12:00:00+08:00'),
  zh('2026年11月20日', '2026-11-20T12:00:00+08:00'),
  zh('11.20', '2026-11-20T12:00:00+08:00'),
  zh('上周一下午3点', '2026-11-16T15:00:00+08:00'),
  zh('上个月15号', '2026-10-15T12:00:00+08:00'),
  zh('１１月２０日　２０：３０', '2026-11-20T20:30:00+08:00'),
  { text: '昨天下午3點', locale: 'zh-TW', value: '2026-11-25T15:00:00+08:00' },
  zh('2026-11-20 10:00', '2026-11-20T10:00:00+08:00'),
  zh('昨天 3pm', '2026-11-25T15:00:00+08:00'),
  zh('大概是昨天下午三点左右付的款', '2026-11-25T15:00:00+08:00'),
  // A month and day ahead of today, with no year: last year's.
  zh('12月25日', '2025-12-25T12:00:00+08:00', true),
  en('yesterday at 3pm', '2026-11-25T15:00:00+08:00'),
  en('2 hours ago', '2026-11-26T10:00:00+08:00'),
  en('30 minutes ago', '2026-11-26T11:30:00+08:00'),
  en('at 3pm', '2026-11-25T15:00:00+08:00'),
  en('10:30', '2026-11-26T10:30:00+08:00'),
  en('Nov 20', '2026-11-20T12:00:00+08:00'),
  en('20 Nov 2026 8:30pm', '2026-11-20T20:30:00+08:00'),
  en('last friday', '2026-11-20T12:00:00+08:00'),
  en('just now', '2026-11-26T12:00:00+08:00'),
  en('2026-11-20T10:00:00Z', '2026-11-20T18:00:00+08:00'),
  en('2026-11-26T12:04:00+08:00', '2026-11-26T12:04:00+08:00'),
  en('I paid around 3pm yesterday', '2026-11-25T15:00:00+08:00'),
  en('11/20', '2026-11-20T12:00:00+08:00'),
  en('2025-01-01', '2025-01-01T12:00:00+08:00', true),
  en('May 1st', '2026-05-01T12:00:00+08:00', true),
];

const rejectZh = (text: string, reason: TimeRejection): RejectedTimeCase => ({ text, locale: 'zh-CN', reason });
const rejectEn = (text: string, reason: TimeRejection): RejectedTimeCase => ({ text, locale: 'en', reason });

export const rejectedTimes: readonly RejectedTimeCase[] = [
  rejectZh('', 'empty'),
  rejectEn('   ', 'empty'),
  rejectEn('asdf', 'not-a-time'),
  rejectZh('不记得了', 'not-a-time'),
  rejectEn("I don't know", 'not-a-time'),
  rejectZh('88元', 'not-a-time'),
  rejectEn('tomorrow', 'future'),
  rejectZh('明天', 'future'),
  rejectEn('in 2 hours', 'future'),
  rejectZh('今晚11点', 'future'),
  rejectZh('2026-11-26 12:06', 'future'),
  rejectEn('2027-01-01', 'future'),
  rejectEn('3/4', 'ambiguous'),
  rejectZh('3/4', 'ambiguous'),
  rejectEn('3/4/2026', 'ambiguous'),
  rejectEn('04.03.2026 10:00', 'ambiguous'),
];
