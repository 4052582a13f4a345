/**
 * What the lab types when a path needs a free answer. Error messages come one per cause (with the
 * ISO 8583 response code payment systems print, where there is one), so every cause the classifier
 * recognises opens its own path straight to its fix or explanation; one only hints at a cause (the
 * "Is that it?" question), and one is not understood and falls through to the symptom question.
 */
import type { Locale } from '../../src/diagnose/types.js';
import type { AnswerKind, FactName } from '../../src/engine/context.js';

type Samples = { zh: string[]; en: string[] };

const errorMessages: Samples = {
  zh: [
    '余额不足 (51)',
    '交易超时 (68)',
    '密码错误 (55)',
    '超出金额限制 (61)',
    '无效商户 (03)',
    '系统异常 (96)',
    '交易存在风险 (59)',
    '重复交易 (94)',
    '不予承兑 (05)',
    '无效卡号 (14)',
    '过期的卡 (54)',
    '账户未实名',
    '该手机号已注册',
    '设备不支持',
    '用户支付中',
    // Only a hint (a decline, but whose?): the widget asks "It looks like … Is that it?".
    '付款被拒绝',
    '出错了',
  ],
  en: [
    'Insufficient funds (51)',
    'Transaction timed out (68)',
    'Incorrect PIN (55)',
    'Exceeds amount limit (61)',
    'Invalid merchant (03)',
    'System malfunction (96)',
    'Suspected fraud (59)',
    'Duplicate transaction (94)',
    'Do not honour (05)',
    'Invalid card number (14)',
    'Expired card (54)',
    'Account not verified',
    'Already registered',
    'Device not supported',
    'Transaction pending (USERPAYING)',
    // Only a hint (a decline, but whose?): the widget asks "It looks like … Is that it?".
    'Declined',
    'Something went wrong',
  ],
};

const byFact: Partial<Record<FactName, Samples>> = {
  errorMessage: errorMessages,
  errorCode: { zh: ['51'], en: ['51'] },
  merchant: { zh: ['拾光咖啡'], en: ['Lumen Coffee'] },
  orderId: { zh: ['LC-20261126-0042'], en: ['LC-20261126-0042'] },
  description: { zh: ['付款时一直提示失败'], en: ['The payment keeps failing'] },
  contact: { zh: ['agent@example.com'], en: ['agent@example.com'] },
};

const byKind: Record<AnswerKind, Samples> = {
  time: { zh: ['昨天下午3点'], en: ['yesterday at 3pm'] },
  amount: { zh: ['¥1,299.50'], en: ['¥1,299.50'] },
  text: { zh: ['付款失败了'], en: ['The payment failed'] },
};

/** Answers to try for a question, most telling first; all of them understood by the widget. */
export function sampleAnswers(kind: AnswerKind, fact: FactName, locale: Locale): string[] {
  const samples = (kind === 'text' ? byFact[fact] : undefined) ?? byKind[kind];
  return locale === 'en' ? samples.en : samples.zh;
}

/** The contact a replayed ticket is filed with. */
export const sampleContact = 'agent@example.com';
