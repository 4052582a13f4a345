import { describe, expect, it } from 'vitest';
import * as diagnose from '../../../src/diagnose/index.js';

describe('wallet-support-widget/diagnose', () => {
  it('exports the public API of docs/contract.md and the shared vocabulary', () => {
    for (const name of ['classifyError', 'parseAmount', 'parseTime', 'redact', 'saysDontKnow', 'isCauseId'] as const) {
      expect(typeof diagnose[name], name).toBe('function');
    }
    expect(diagnose.causeIds).toContain('unknown');
    expect(diagnose.CONFIDENT).toBe(0.7);
  });

  it('handles the simple answers the flows rely on', () => {
    expect(diagnose.parseAmount('¥1,299.50', 'zh-CN')).toEqual({ ok: true, value: '1299.50', currency: 'CNY' });
    expect(diagnose.parseTime('昨天下午3点', 'zh-CN', new Date('2026-11-26T12:00:00+08:00'))).toMatchObject({
      ok: true,
    });
    expect(diagnose.classifyError('余额不足 (51)')).toMatchObject({ cause: 'insufficient-balance', matched: '51' });
    // Luhn-invalid and no card keyword before it: not a card (a keyword now masks it, redact.test.ts).
    expect(diagnose.redact('4111 1111 1111 1112').text).toBe('4111 1111 1111 1112');
    expect(diagnose.redact('card 4111 1111 1111 1111').text).toBe('card •••• 1111');
  });

  it('answers every cause it can diagnose with a valid CauseId', () => {
    for (const text of ['余额不足', 'do not honor', 'nonsense']) {
      expect(diagnose.isCauseId(diagnose.classifyError(text).cause)).toBe(true);
    }
  });
});
