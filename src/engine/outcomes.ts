import type { CauseId } from '../diagnose/types.js';
import { formatMoney } from './advice/money.js';
import type { Facts } from './context.js';
import type { Rich } from './rich.js';
import { localize, t, type Localized, type Markdown, type Text } from './text.js';

/** The two answers to "did this solve it?"; their labels are part of the public contract. */
export const outcomeChoices = {
  solved: t('已解决', 'Yes, solved', '已解決'),
  unsolved: t('未解决', 'No, I still need help', '未解決'),
} as const satisfies Record<string, Text>;

export type OutcomeChoice = keyof typeof outcomeChoices;

export const askIfSolved = t('这样能解决问题吗？', 'Did this solve it?', '這樣能解決問題嗎？');

/**
 * How the bot names a cause when it has recognised it: a noun phrase in every locale, so it reads
 * inside "the likely cause is …" and "It looks like …". A risk or fraud decline is named without
 * its reason (docs/domain.md §2a: Stripe and Adyen say never to tell the shopper).
 */
export const causeNames: Record<CauseId, Text> = {
  network: t('网络连接不稳定或超时', 'an unstable connection or a timeout', '網路連線不穩定或逾時'),
  'insufficient-balance': t('余额不足', 'not enough balance', '餘額不足'),
  'limit-exceeded': t('超出付款限额', 'a payment limit', '超出付款限額'),
  'verification-failed': t('安全验证没有通过', 'a security check that did not pass', '安全驗證沒有通過'),
  'merchant-unsupported': t(
    '商家不支持这种付款方式',
    'a merchant that does not accept this payment method',
    '商家不支援這種付款方式',
  ),
  maintenance: t('系统维护或服务暂时不可用', 'maintenance or a temporary outage', '系統維護或服務暫時無法使用'),
  'card-info-invalid': t('银行卡信息填写有误', 'card details that do not match', '銀行卡資料填寫有誤'),
  'bank-restricted': t(
    '发卡银行拒绝或限制了这张卡的交易',
    'the card issuer declining or restricting the card',
    '發卡銀行拒絕或限制了這張卡的交易',
  ),
  'account-incomplete': t(
    '账户实名信息不完整或未开通',
    'an account that is not fully verified or activated',
    '帳戶實名資料不完整或尚未開通',
  ),
  'already-registered': t(
    '该身份或手机号已注册',
    'an ID or phone number that is already registered',
    '此身分或手機號碼已註冊',
  ),
  'device-unsupported': t(
    '设备或系统版本不支持',
    'a device or system version that is not supported',
    '裝置或系統版本不支援',
  ),
  'card-expired-or-locked': t('银行卡已过期或被锁定', 'a card that has expired or is locked', '銀行卡已過期或被鎖定'),
  'risk-control': t(
    '银行或钱包拒绝了这笔交易',
    'the bank or the wallet declining the payment',
    '銀行或錢包拒絕了這筆交易',
  ),
  'duplicate-charge': t(
    '重复扣款或订单已付款',
    'a duplicate charge or an order that was already paid',
    '重複扣款或訂單已付款',
  ),
  'payment-pending': t(
    '这笔付款还在等待您确认（例如输入支付密码）',
    'a payment still waiting for you to confirm it (for example with your payment password)',
    '這筆付款還在等待您確認（例如輸入支付密碼）',
  ),
  unknown: t('原因还不明确', 'a cause that is not clear yet', '原因還不明確'),
};

/**
 * A sentence around the cause's name, the name in bold: in each locale, the tree the build would
 * make of `before **name** after` (md() takes only literal text, and the name is not literal here).
 */
function namingCause(cause: CauseId, sentence: Required<Localized<[before: string, after: string]>>): Markdown {
  const inLocale = (locale: keyof typeof sentence): Rich => {
    const [before, after] = sentence[locale];
    return [['p', before, ['strong', localize(causeNames[cause], locale)], after]];
  };
  return { 'zh-CN': inLocale('zh-CN'), en: inLocale('en'), 'zh-TW': inLocale('zh-TW') };
}

/** Said before the fix for a cause recognised with confidence, in what the person said. */
export function likelyCause(cause: CauseId): Markdown {
  return namingCause(cause, {
    'zh-CN': ['根据您提供的信息，可能的原因是：', '。'],
    en: ['From what you told me, the likely cause is ', '.'],
    'zh-TW': ['根據您提供的資訊，可能的原因是：', '。'],
  });
}

/**
 * The same, when the person said nothing yet (a checkout passed the decline): one line on the
 * payment the page passed, "Your payment of ¥1,299.50 at Lumen Coffee was declined: likely …".
 */
export function likelyCauseOfHostDecline(cause: CauseId, { amount, merchant }: Facts): Markdown {
  if (!amount && !merchant) {
    return namingCause(cause, {
      'zh-CN': ['可能的原因是：', '。'],
      en: ['The likely cause is ', '.'],
      'zh-TW': ['可能的原因是：', '。'],
    });
  }
  const sum = amount && formatMoney(amount);
  // "您在 Lumen Coffee 的 ¥1,299.50 付款", "您的 ¥1,299.50 付款", "您在 Lumen Coffee 的付款"
  const payment = `您${merchant ? `在 ${merchant} ` : ''}的${sum ? ` ${sum} ` : ''}付款`;
  return namingCause(cause, {
    'zh-CN': [`${payment}没有成功，可能的原因是：`, '。'],
    en: [
      `Your payment${sum ? ` of ${sum}` : ''}${merchant ? ` at ${merchant}` : ''} was declined: the likely cause is `,
      '.',
    ],
    'zh-TW': [`${payment}沒有成功，可能的原因是：`, '。'],
  });
}

/** Asked when the error only hints at a cause: the user confirms before the fix is shown. */
export function suspectedCause(cause: CauseId): Markdown {
  return namingCause(cause, {
    'zh-CN': ['看起来是', '，是这样吗？'],
    en: ['It looks like ', '. Is that it?'],
    'zh-TW': ['看起來是', '，是這樣嗎？'],
  });
}

/** The answers to {@link suspectedCause}. */
export const confirmChoices = {
  yes: t('对，就是这样', "Yes, that's it", '對，就是這樣'),
  no: t('不是，是别的问题', 'No, something else', '不是，是別的問題'),
} as const satisfies Record<string, Text>;
