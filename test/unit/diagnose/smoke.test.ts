import { expect, test } from 'vitest';
import { classifyError, parseAmount, parseTime, redact } from '../../../src/diagnose/index.js';
test('smoke', () => {
  expect(parseAmount('¥1,299.50', 'zh-CN')).toEqual({ ok: true, value: '1299.50', currency: 'CNY' });
  expect(parseAmount('$25', 'en')).toEqual({ ok: true, value: '25.00', currency: 'USD' });
  expect(parseTime('昨天下午3点', 'zh-CN', new Date('2026-11-26T12:00:00+08:00'))).toMatchObject({ ok: true });
  expect(classifyError('余额不足 (51)').cause).toBe('insufficient-balance');
  expect(redact('4111 1111 1111 1111').text).toBe('•••• 1111');
});
