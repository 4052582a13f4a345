import { describe, expect, it } from 'vitest';
import { classifyError } from '../../../src/diagnose/index.js';
import { causeIds, CONFIDENT } from '../../../src/diagnose/types.js';
import { errorMessages } from './corpus/error-messages.js';

const label = (text: string, code?: string) => (code === undefined ? text || '(empty)' : `${text || '(empty)'} [code ${code}]`);

describe('classifyError on the corpus', () => {
  it.each(errorMessages.map((c) => [label(c.text, c.code), c] as const))('%s', (_, c) => {
    const result = classifyError(c.text, c.code);
    expect(result.cause).toBe(c.cause);
    if (c.cause === 'unknown') expect(result.confidence).toBe(0);
    else if (c.confident === false) expect(result.confidence).toBeLessThan(CONFIDENT);
    else expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('covers every cause in both languages', () => {
    for (const cause of causeIds) {
      const mine = errorMessages.filter((c) => c.cause === cause && c.text);
      expect(mine.some((c) => /[\u4e00-\u9fff]/.test(c.text)), `${cause} in Chinese`).toBe(true);
      expect(mine.some((c) => /[a-z]{3}/i.test(c.text)), `${cause} in English or as a code`).toBe(true);
    }
    expect(errorMessages.length).toBeGreaterThanOrEqual(150);
  });
});

describe('classifyError codes', () => {
  it('lets an explicit code win over the text, with high confidence', () => {
    expect(classifyError('余额不足', '54')).toEqual({ cause: 'card-expired-or-locked', confidence: 0.95, matched: '54' });
  });

  it('reads a one-digit explicit code as its two-digit ISO form', () => {
    expect(classifyError('', '5').cause).toBe('bank-restricted');
  });

  it('falls back to the text when the explicit code is not known', () => {
    expect(classifyError('余额不足', 'X-999')).toMatchObject({ cause: 'insufficient-balance' });
  });

  it('does not read an amount or a count as a response code', () => {
    expect(classifyError('51元').cause).toBe('unknown');
    expect(classifyError('转账51笔都失败').cause).toBe('unknown');
    expect(classifyError('paid 51 dollars at 05:30').cause).toBe('unknown');
  });

  it('reads a two-digit number as a code in brackets, after a keyword, or alone', () => {
    for (const text of ['失败 (51)', '失败【51】', '错误码：51', '返回码51', 'code=51', 'Error 51', '51', ' 51 ']) {
      expect(classifyError(text).cause, text).toBe('insufficient-balance');
    }
  });

  it('uses Adyen refusal codes only when the text names Adyen', () => {
    expect(classifyError('Adyen refusalReasonCode: 12').cause).toBe('insufficient-balance');
    expect(classifyError('错误码 12').cause).toBe('unknown');
    expect(classifyError('错误码 14').cause).toBe('card-info-invalid');
    expect(classifyError('Adyen refusal reason code 14').cause).toBe('risk-control');
  });

  it('treats ACQ.BEYOND_PAY_RESTRICTION as the merchant limit and the bare Antom code as the buyer limit', () => {
    expect(classifyError('ACQ.BEYOND_PAY_RESTRICTION').cause).toBe('merchant-unsupported');
    expect(classifyError('BEYOND_PAY_RESTRICTION').cause).toBe('limit-exceeded');
  });

  it('recognises code families by their parts', () => {
    expect(classifyError('ACQ.BUYER_SOMETHING_BALANCE_NOT_ENOUGH').cause).toBe('insufficient-balance');
    expect(classifyError('ACQ.SUBWALLET_PAYMENT_DAY_LIMIT_EXCEEDED').cause).toBe('limit-exceeded');
  });

  it('keeps unknown at confidence 0 but says what it matched', () => {
    expect(classifyError('ACQ.PAYMENT_FAIL')).toEqual({ cause: 'unknown', confidence: 0, matched: 'ACQ.PAYMENT_FAIL' });
    expect(classifyError('', '00')).toEqual({ cause: 'unknown', confidence: 0, matched: '00' });
  });
});

describe('classifyError phrases', () => {
  it('prefers the longer, more specific phrase', () => {
    expect(classifyError('密码错误次数过多').cause).toBe('card-expired-or-locked');
    expect(classifyError('密码错误').cause).toBe('verification-failed');
    expect(classifyError('账户被冻结').cause).toBe('risk-control');
    expect(classifyError('银行卡被冻结').cause).toBe('card-expired-or-locked');
  });

  it('lowers confidence below CONFIDENT when two causes are about equally likely', () => {
    const mixed = classifyError('余额不足，也超出了单日限额');
    expect(['insufficient-balance', 'limit-exceeded']).toContain(mixed.cause);
    expect(mixed.confidence).toBeLessThan(CONFIDENT);
  });

  it('raises confidence when a code and a phrase agree', () => {
    expect(classifyError('余额不足 (51)').confidence).toBeGreaterThan(classifyError('(51)').confidence);
  });

  it('ignores a phrase the user negates', () => {
    expect(classifyError('不是网络问题，是余额不足').cause).toBe('insufficient-balance');
    expect(classifyError('it is not a network problem').cause).not.toBe('network');
  });

  it('matches English phrases on word bounds only', () => {
    expect(classifyError('shipping address').cause).toBe('unknown');
    expect(classifyError('asterisk').cause).toBe('unknown');
  });

  it('gives weak hints a confidence that makes the flow ask', () => {
    const hint = classifyError('好像跟商户有关');
    expect(hint.cause).toBe('merchant-unsupported');
    expect(hint.confidence).toBeLessThan(CONFIDENT);
  });

  it('reports the match as the user typed it, full-width and all', () => {
    expect(classifyError('（５１）余額不足').matched).toBe('５１');
    expect(classifyError('Your card has INSUFFICIENT FUNDS').matched).toBe('INSUFFICIENT FUNDS');
  });

  it('never throws on input that is not a string', () => {
    expect(classifyError(undefined as unknown as string)).toEqual({ cause: 'unknown', confidence: 0 });
    expect(classifyError(42 as unknown as string, {} as unknown as string).cause).toBe('unknown');
  });
});

describe('classifyError normalisation', () => {
  it('reports the match from the input even when NFKC changes the text length', () => {
    expect(classifyError('ﬁnal: 余额不足')).toMatchObject({ cause: 'insufficient-balance', matched: '余额不足' });
  });

  it('reads full-width letters, digits and brackets', () => {
    expect(classifyError('ＩＮＳＵＦＦＩＣＩＥＮＴ＿ＦＵＮＤＳ').cause).toBe('insufficient-balance');
    expect(classifyError('〔错误码：６１〕').cause).toBe('limit-exceeded');
  });

  it('reads codes inside JSON pasted from a developer console', () => {
    expect(classifyError('{"code":"40004","msg":"Business Failed","sub_code":"ACQ.BUYER_BALANCE_NOT_ENOUGH"}').cause).toBe(
      'insufficient-balance',
    );
    expect(classifyError('{"return_code":"SUCCESS","result_code":"FAIL","err_code":"ORDERPAID"}').cause).toBe(
      'duplicate-charge',
    );
  });
});
