import { afterAll, describe, expect, it } from 'vitest';
import { parseTimeQuickly } from '../../../src/diagnose/time-quick.js';
import { parseTime } from '../../../src/diagnose/time.js';
import { timeSuggestions } from '../../../src/engine/steps.js';
import { NOW } from './corpus/times.js';

const originalTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('reading a time without the natural-language parser', () => {
  it('reads every quick chip of every locale exactly as chrono-node would', () => {
    for (const chip of timeSuggestions) {
      for (const [locale, text] of Object.entries(chip)) {
        const quick = parseTimeQuickly(text, locale, NOW);
        expect(quick, `${locale} "${text}"`).toBeDefined();
        expect(quick).toEqual(parseTime(text, locale, NOW));
      }
    }
  });

  it('reads a date-time picker value as the wall-clock time the user picked', () => {
    expect(parseTimeQuickly('2026-11-20T20:30', 'en', NOW)).toEqual({ ok: true, value: '2026-11-20T20:30:00+08:00' });
    expect(parseTimeQuickly('2026-11-20 20:30', 'zh-CN', NOW)).toEqual({
      ok: true,
      value: '2026-11-20T20:30:00+08:00',
    });
  });

  it('reads ISO 8601 with an offset as that instant, shown in local time', () => {
    expect(parseTimeQuickly('2026-11-26T02:00:00Z', 'en', NOW)).toEqual({
      ok: true,
      value: '2026-11-26T10:00:00+08:00',
    });
  });

  it('reads Chinese relative times', () => {
    const thirtyMinutesAgo = new Date(NOW.getTime() - 30 * 60_000);
    const quick = parseTimeQuickly('30分钟前', 'zh-CN', NOW);
    expect(quick?.ok && Date.parse(quick.value)).toBe(thirtyMinutesAgo.getTime() - (thirtyMinutesAgo.getTime() % 1000));
  });

  it('reads Traditional relative times as their Simplified twins', () => {
    for (const [traditional, simplified] of [
      ['兩小時前', '两小时前'],
      ['30分鐘前', '30分钟前'],
      ['剛才', '刚才'],
      ['上個月15號', '上个月15号'],
    ]) {
      const quick = parseTimeQuickly(traditional!, 'zh-TW', NOW);
      expect(quick, traditional).toMatchObject({ ok: true });
      expect(quick).toEqual(parseTimeQuickly(simplified!, 'zh-CN', NOW));
    }
  });

  it('still rejects the future and an impossible date', () => {
    expect(parseTimeQuickly('2099-01-01T10:00', 'en', NOW)).toEqual({ ok: false, reason: 'future' });
    expect(parseTimeQuickly('2026-02-30 10:00', 'en', NOW)).toBeUndefined();
  });

  it('leaves natural language to chrono-node', () => {
    expect(parseTimeQuickly('昨天下午3点', 'zh-CN', NOW)).toBeUndefined();
    expect(parseTimeQuickly('yesterday at 3pm', 'en', NOW)).toBeUndefined();
    expect(parseTime('昨天下午3点', 'zh-CN', NOW).ok).toBe(true);
  });

  it('reads a date alone as noon, or as now when that noon is still to come today', () => {
    expect(parseTimeQuickly('2026-11-25', 'en', NOW)).toEqual({ ok: true, value: '2026-11-25T12:00:00+08:00' });
    const morning = new Date('2026-11-26T09:30:00+08:00');
    expect(parseTimeQuickly('2026-11-26', 'en', morning)).toEqual({ ok: true, value: '2026-11-26T09:30:00+08:00' });
  });

  it('does not read an impossible time of day', () => {
    expect(parseTimeQuickly('2026-11-20T25:00', 'en', NOW)).toBeUndefined();
    expect(parseTimeQuickly('2026-11-20 20:61', 'en', NOW)).toBeUndefined();
  });
});
