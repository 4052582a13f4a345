import type { CauseId } from '../diagnose/types.js';
import { t, type Text } from './text.js';

/** The two answers to "did this solve it?"; their labels are part of the public contract. */
export const outcomeChoices = {
  solved: t('已解决', 'Yes, solved'),
  unsolved: t('未解决', 'No, I still need help'),
} as const satisfies Record<string, Text>;

export type OutcomeChoice = keyof typeof outcomeChoices;

export const askIfSolved = t('这样能解决问题吗？', 'Did this solve it?');

/** How the bot names a cause when it has recognised it. */
export const causeNames: Record<CauseId, Text> = {
  network: t('网络连接不稳定或超时', 'an unstable connection or a timeout'),
  'insufficient-balance': t('余额不足', 'not enough balance'),
  'limit-exceeded': t('超出支付限额', 'a payment limit was reached'),
  'verification-failed': t('安全验证未通过', 'the security check did not pass'),
  'merchant-unsupported': t('商户不支持这种付款方式', 'the merchant does not accept this payment method'),
  maintenance: t('系统维护或服务暂时不可用', 'maintenance or a temporary outage'),
  'card-info-invalid': t('银行卡信息填写有误', 'the card details do not match'),
  'bank-restricted': t('银行限制了这张卡的交易', 'the bank restricted this card'),
  'account-incomplete': t('账户实名信息不完整或未开通', 'the account is not fully verified or activated'),
  'already-registered': t('该身份或手机号已注册', 'this ID or phone number is already registered'),
  'device-unsupported': t('设备或系统版本不支持', 'the device or its system version is not supported'),
  'card-expired-or-locked': t('银行卡已过期或被锁定', 'the card has expired or is locked'),
  'risk-control': t('交易被安全风控拦截', 'the payment was stopped by a security check'),
  'duplicate-charge': t('重复扣款或已支付', 'a duplicate charge or an order that was already paid'),
  unknown: t('原因还不明确', 'not clear yet'),
};

export function likelyCause(cause: CauseId): Text {
  const name = causeNames[cause];
  return t(`根据您提供的信息，可能的原因是：**${name['zh-CN']}**。`, `From what you told me, the likely cause is **${name.en}**.`);
}
