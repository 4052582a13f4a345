import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/widget/internal/format.js';

describe('formatDuration (reply-within)', () => {
  it('says a reply time in the person’s language', () => {
    expect(formatDuration('P1D', 'en')).toBe('1 day');
    expect(formatDuration('PT4H', 'en')).toBe('4 hours');
    expect(formatDuration('P1DT12H', 'en')).toBe('1 day 12 hours');
    expect(formatDuration('P2W', 'en')).toBe('2 weeks');
    expect(formatDuration('PT30M', 'zh-CN')).toBe('30分钟');
    expect(formatDuration('P1D', 'zh-CN')).toBe('1天');
    expect(formatDuration('pt2h', 'en'), 'lower case, as typed in an attribute').toBe('2 hours');
  });

  it('promises nothing it cannot read', () => {
    for (const value of [
      undefined,
      '',
      'P',
      'PT',
      '1 day',
      'P1Y',
      'P1DX',
      'PT1.5H',
      '-P1D',
      'P0D',
      'P99999999999999999999D',
    ]) {
      expect(formatDuration(value, 'en'), String(value)).toBeUndefined();
    }
  });
});
