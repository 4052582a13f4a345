import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTime } from '../../../src/diagnose/index.js';
import { toLocalIso } from '../../../src/diagnose/local-iso.js';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const SKEW_MS = 5 * 60_000;
const zones = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // 30-minute daylight saving
  'Pacific/Chatham', // +12:45 / +13:45
  'America/St_Johns', // -03:30 / -02:30
  'UTC',
];
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2040-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** The zone's offset at an instant, from Intl rather than from the code under test. */
function offsetIn(zone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

const phrases = fc.constantFrom(
  '晚上8点',
  '下午3点',
  '今天',
  '今晚',
  '昨天',
  '明天',
  '上周五',
  '周一',
  '11月20日',
  '12月31日',
  '1月1日',
  '30分钟前',
  '半小时前',
  '刚刚',
  'at 3pm',
  '11pm',
  'tonight',
  'this morning',
  'today',
  'yesterday',
  'tomorrow',
  'friday',
  'monday 9pm',
  'Dec 31',
  'Jan 1',
  'Nov 20 8pm',
  'in 5 minutes',
  'next week',
  '2 hours ago',
  'now',
  '3:59',
  '23:59',
);

describe('parseTime properties', () => {
  it('never returns an instant later than now plus five minutes of skew', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          phrases,
          fc.string({ maxLength: 12 }),
          instant.map((d) => d.toISOString()),
        ),
        fc.constantFrom('zh-CN', 'en'),
        instant,
        fc.constantFrom(...zones),
        (text, locale, now, zone) => {
          process.env.TZ = zone;
          const result = parseTime(text, locale, now);
          if (result.ok) expect(Date.parse(result.value)).toBeLessThanOrEqual(now.getTime() + SKEW_MS);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('writes the runtime zone offset valid at that instant, and the text reads back to it', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        process.env.TZ = zone;
        const iso = toLocalIso(at);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(iso.slice(-6)).toBe(offsetIn(zone, at));
        expect(Date.parse(iso)).toBe(Math.floor(at.getTime() / 1000) * 1000);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a UTC timestamp as the same instant in every zone', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        process.env.TZ = zone;
        const seconds = new Date(Math.floor(at.getTime() / 1000) * 1000);
        const result = parseTime(seconds.toISOString(), 'en', new Date(seconds.getTime() + 60_000));
        expect(result.ok && Date.parse(result.value)).toBe(seconds.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('gives a real instant for a wall-clock time skipped or repeated by daylight saving', () => {
    process.env.TZ = 'America/New_York';
    const now = new Date('2026-03-10T12:00:00-04:00');
    // 02:30 does not exist on 8 March 2026 in New York; 01:30 happens twice on 1 November 2026.
    for (const [text, at] of [
      ['2026-03-08 02:30', now],
      ['2026-11-01 01:30', new Date('2026-11-02T12:00:00-05:00')],
    ] as const) {
      const result = parseTime(text, 'en', at);
      expect(result.ok, text).toBe(true);
      if (!result.ok) continue;
      const instantMs = Date.parse(result.value);
      expect(Number.isFinite(instantMs)).toBe(true);
      expect(result.value.slice(-6)).toBe(offsetIn('America/New_York', new Date(instantMs)));
      expect(toLocalIso(new Date(instantMs))).toBe(result.value);
    }
  });
});
