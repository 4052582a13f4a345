import { describe, expect, it } from 'vitest';
import { classifyError } from '../../../src/diagnose/index.js';
import { causeIds, CONFIDENT } from '../../../src/diagnose/types.js';
import { classifierAccuracy, percent } from './corpus/accuracy.js';
import { errorMessages } from './corpus/error-messages.js';
import { traditionalErrorMessages } from './corpus/traditional-error-messages.js';

/** The bar each script's corpus must clear; the figures are printed for the README. */
const ACCURACY_BAR = 0.95;

const label = (text: string, code?: string) =>
  code === undefined ? text || '(empty)' : `${text || '(empty)'} [code ${code}]`;

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
      expect(
        mine.some((c) => /[\u4e00-\u9fff]/.test(c.text)),
        `${cause} in Chinese`,
      ).toBe(true);
      expect(
        mine.some((c) => /[a-z]{3}/i.test(c.text)),
        `${cause} in English or as a code`,
      ).toBe(true);
    }
    expect(errorMessages.length).toBeGreaterThanOrEqual(150);
  });
});

describe('classifyError accuracy per script', () => {
  const simplified = classifierAccuracy(errorMessages);
  const traditional = classifierAccuracy(traditionalErrorMessages);
  console.info(
    `classifyError accuracy: zh-CN/en corpus ${percent(simplified)}, zh-TW/HK corpus ${percent(traditional)}`,
  );

  it(`classifies at least ${ACCURACY_BAR * 100}% of the Simplified Chinese and English corpus`, () => {
    expect(simplified.rate, simplified.misses.join('\n')).toBeGreaterThanOrEqual(ACCURACY_BAR);
  });

  it(`classifies at least ${ACCURACY_BAR * 100}% of the Traditional Chinese corpus`, () => {
    expect(traditional.rate, traditional.misses.join('\n')).toBeGreaterThanOrEqual(ACCURACY_BAR);
  });

  it('has a Traditional corpus of Taiwan and Hong Kong messages over every cause', () => {
    expect(traditionalErrorMessages.length).toBeGreaterThanOrEqual(60);
    for (const cause of causeIds) {
      expect(
        traditionalErrorMessages.some((c) => c.cause === cause),
        cause,
      ).toBe(true);
    }
    const simplifiedOnly = /[这们个钱银络网说请门时问为过发现与绑验证码户账单务统维护设备额联样]/;
    expect(traditionalErrorMessages.filter((c) => simplifiedOnly.test(c.text)).map((c) => c.text)).toEqual([]);
  });
});

describe('classifyError in Traditional Chinese', () => {
  it('reads a Traditional message as its Simplified form, with the same confidence', () => {
    const pairs = [
      ['餘額不足', '余额不足'],
      ['密碼錯誤次數過多', '密码错误次数过多'],
      ['銀行卡被凍結', '银行卡被冻结'],
      ['該商戶暫不支持數字人民幣', '该商户暂不支持数字人民币'],
      ['系統維護中', '系统维护中'],
    ];
    for (const [traditional, simplified] of pairs as [string, string][]) {
      const fromTraditional = classifyError(traditional);
      const fromSimplified = classifyError(simplified);
      expect(fromTraditional.cause, traditional).toBe(fromSimplified.cause);
      expect(fromTraditional.confidence, traditional).toBe(fromSimplified.confidence);
      // The same span, in the user's own characters.
      const at = simplified.indexOf(fromSimplified.matched!);
      expect(fromTraditional.matched, traditional).toBe(traditional.slice(at, at + fromSimplified.matched!.length));
    }
  });

  it('reports the match in the characters the user typed', () => {
    expect(classifyError('交易失敗：餘額不足')).toMatchObject({ cause: 'insufficient-balance', matched: '餘額不足' });
    expect(classifyError('錯誤碼：51').matched).toBe('51');
  });

  it('understands Taiwan and Hong Kong wording no character map covers', () => {
    const expected: [string, string][] = [
      ['未收到簡訊', 'verification-failed'],
      ['連線逾時', 'network'],
      ['交易逾時', 'network'],
      ['網路異常', 'network'],
      ['網絡異常', 'network'],
      ['儲值失敗，系統忙碌', 'maintenance'],
      ['裝置不支援', 'device-unsupported'],
      ['卡片已掛失', 'card-expired-or-locked'],
      ['請先完成身分驗證', 'account-incomplete'],
      ['身分驗證失敗', 'verification-failed'],
      ['行動銀行顯示額度不足', 'insufficient-balance'],
      ['超過額度', 'limit-exceeded'],
      ['信用卡已到期', 'card-expired-or-locked'],
      ['您的信用卡可能已逾期', 'card-expired-or-locked'],
      ['加值失敗：超過加值上限', 'limit-exceeded'],
      ['商店不支援此付款方式', 'merchant-unsupported'],
      ['帳戶已被凍結', 'risk-control'],
    ];
    for (const [text, cause] of expected) expect(classifyError(text).cause, text).toBe(cause);
  });
});

describe('classifyError corrections checked against the sources', () => {
  it('reads USERPAYING and "waiting for the password" as a payment still pending (docs/domain.md §2)', () => {
    for (const text of ['USERPAYING', '用户支付中', '等待用户输入密码', '需要用户输入支付密码', '使用者付款中']) {
      expect(classifyError(text).cause, text).toBe('payment-pending');
    }
    expect(classifyError('', 'USERPAYING')).toEqual({
      cause: 'payment-pending',
      confidence: 0.95,
      matched: 'USERPAYING',
    });
  });

  it("reads Stripe's invalid_account as the card's bank account, for the issuer (Stripe decline codes)", () => {
    expect(classifyError('invalid_account').cause).toBe('bank-restricted');
    expect(classifyError('', 'invalid_account').cause).toBe('bank-restricted');
  });

  it("reads Alipay's ACQ.ERROR_BALANCE_PAYMENT_DISABLE as a switch the buyer turned off, not identity", () => {
    expect(classifyError('ACQ.ERROR_BALANCE_PAYMENT_DISABLE').cause).toBe('device-unsupported');
    expect(classifyError('余额支付功能关闭').cause).toBe('device-unsupported');
    expect(classifyError('ACQ.ERROR_BALANCE_PAYMENT_DISABLE').cause).toBe(
      classifyError('ACQ.MOBILE_PAYMENT_SWITCH_OFF').cause,
    );
  });

  it("reads Alipay's ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE as the buyer having nothing to pay with", () => {
    expect(classifyError('ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE').cause).toBe('insufficient-balance');
    expect(classifyError('没有可用的支付工具').cause).toBe(classifyError('暂无可用的支付方式').cause);
  });

  it('reads 503 as an outage only where it stands as an HTTP status, never inside an amount', () => {
    expect(classifyError('付款 503 元失败').cause).not.toBe('maintenance');
    expect(classifyError('付款503元').cause).not.toBe('maintenance');
    expect(classifyError('paid 503 dollars, failed').cause).not.toBe('maintenance');
    for (const text of ['503', 'HTTP 503', '503 Service Unavailable', 'Error 503', '错误码：503', '(503)']) {
      expect(classifyError(text).cause, text).toBe('maintenance');
    }
  });

  it('keeps Adyen refusal reason 27 (Declined Non Generic) with the issuer', () => {
    expect(classifyError('Adyen refusalReasonCode 27: Declined Non Generic').cause).toBe('bank-restricted');
  });
});

describe('classifyError codes', () => {
  it('reports the response code a pasted message holds, for the ticket', () => {
    expect(classifyError('Do not honor (05)').code).toBe('05');
    expect(classifyError('51 余额不足').code).toBe('51');
    expect(classifyError('交易失败 错误码：ACQ.SYSTEM_ERROR').code).toBe('ACQ.SYSTEM_ERROR');
    // Only a code that says the cause: a number that does not may be a time, a count or a list number.
    expect(classifyError('Error (06)').code).toBeUndefined();
    expect(classifyError('餘額不足').code).toBeUndefined();
    expect(classifyError('付款 503 元失败').code).toBeUndefined();
    for (const message of [
      '14:32 交易失败（余额不足）',
      '12-05 14:32 付款失败 余额不足',
      '您今日已付款(5)次，余额不足',
    ]) {
      const read = classifyError(message);
      expect(read.code, message).toBeUndefined();
      expect(read.cause, message).toBe('insufficient-balance');
    }
    expect(classifyError('05-12 付款失败').cause, 'a date is not a code').toBe('unknown');
  });

  it('lets an explicit code win over the text, with high confidence', () => {
    expect(classifyError('余额不足', '54')).toEqual({
      cause: 'card-expired-or-locked',
      confidence: 0.95,
      matched: '54',
    });
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
    expect(
      classifyError('{"code":"40004","msg":"Business Failed","sub_code":"ACQ.BUYER_BALANCE_NOT_ENOUGH"}').cause,
    ).toBe('insufficient-balance');
    expect(classifyError('{"return_code":"SUCCESS","result_code":"FAIL","err_code":"ORDERPAID"}').cause).toBe(
      'duplicate-charge',
    );
  });
});
