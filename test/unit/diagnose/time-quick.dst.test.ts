import { afterAll, describe, expect, it } from 'vitest';
import { parseTimeQuickly } from '../../../src/diagnose/time-quick.js';

// A zone with daylight saving: on 2026-03-08 New York's clocks jump from 02:00 to 03:00.
const originalTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('quick times across a daylight-saving change', () => {
  it('reads "yesterday" as the same wall-clock time on the day before, not 24 hours ago', () => {
    const afternoon = new Date('2026-03-08T15:00:00-04:00');
    expect(parseTimeQuickly('yesterday', 'en', afternoon)).toEqual({ ok: true, value: '2026-03-07T15:00:00-05:00' });
    expect(parseTimeQuickly('昨天', 'zh-CN', afternoon)).toEqual({ ok: true, value: '2026-03-07T12:00:00-05:00' });
  });

  it('keeps a picked wall-clock time in the offset it had that day', () => {
    const later = new Date('2026-03-10T12:00:00-04:00');
    expect(parseTimeQuickly('2026-03-07T20:30', 'en', later)).toEqual({ ok: true, value: '2026-03-07T20:30:00-05:00' });
    expect(parseTimeQuickly('2026-03-09T20:30', 'en', later)).toEqual({ ok: true, value: '2026-03-09T20:30:00-04:00' });
  });
});
