import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTime } from '../../../src/diagnose/index.js';
import { NOW, rejectedTimes, times } from './corpus/times.js';

// Expectations are Shanghai wall-clock times; the zone is the runtime's, as in a browser.
const originalTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('parseTime on the corpus', () => {
  it('has enough accepted times to mean something', () => {
    expect(times.length).toBeGreaterThanOrEqual(30);
  });

  it.each(times.map((c) => [`${c.text} (${c.locale})`, c] as const))('reads %s', (_, c) => {
    const expected = c.old
      ? { ok: true, value: c.value, needsConfirmation: 'older-than-180-days' }
      : { ok: true, value: c.value };
    expect(parseTime(c.text, c.locale, NOW)).toEqual(expected);
  });

  it.each(rejectedTimes.map((c) => [`${c.text || '(empty)'} (${c.locale})`, c] as const))('rejects %s', (_, c) => {
    expect(parseTime(c.text, c.locale, NOW)).toEqual({ ok: false, reason: c.reason });
  });
});

describe('parseTime edges', () => {
  it('allows five minutes of clock skew and no more', () => {
    expect(parseTime('2026-11-26T12:05:00+08:00', 'en', NOW)).toMatchObject({ ok: true });
    expect(parseTime('2026-11-26T12:05:01+08:00', 'en', NOW)).toEqual({ ok: false, reason: 'future' });
  });

  it('asks for confirmation only beyond 180 days', () => {
    expect(parseTime('2026-05-30T12:00:00+08:00', 'en', NOW)).not.toHaveProperty('needsConfirmation');
    expect(parseTime('2026-05-29T11:59:00+08:00', 'en', NOW)).toHaveProperty(
      'needsConfirmation',
      'older-than-180-days',
    );
  });

  it('does not call a repeated day and month ambiguous', () => {
    expect(parseTime('5/5/2026', 'en', NOW)).toMatchObject({ ok: true, value: '2026-05-05T12:00:00+08:00' });
  });

  it('defaults now to the current time', () => {
    const result = parseTime('just now', 'en');
    expect(result.ok).toBe(true);
    if (result.ok) expect(Math.abs(Date.parse(result.value) - Date.now())).toBeLessThan(60_000);
  });

  it('never throws on input that is not a string', () => {
    expect(parseTime(undefined as unknown as string, 'en', NOW)).toEqual({ ok: false, reason: 'empty' });
    expect(parseTime('yesterday', undefined as unknown as string, NOW)).toMatchObject({ ok: true });
    expect(parseTime('yesterday', 'en', new Date(Number.NaN))).toEqual({ ok: false, reason: 'not-a-time' });
  });
});
