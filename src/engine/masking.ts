import type { RedactedKind } from '../diagnose/types.js';
import { t, type Text } from './text.js';

const kindNames: Record<RedactedKind, Text> = {
  'card-number': t('银行卡号', 'card number', '銀行卡號'),
  cvv: t('安全码（CVV）', 'security code (CVV)', '安全碼（CVV）'),
  'sms-code': t('短信验证码', 'SMS code', '簡訊驗證碼'),
  pin: t('PIN 码', 'PIN', 'PIN 碼'),
  password: t('密码', 'password', '密碼'),
  'id-number': t('身份证号', 'ID number', '身分證字號'),
};

/** What the bot says after masking a secret the user typed: what was hidden, and why. */
export function maskingNotice(kinds: RedactedKind[]): Text {
  const names = (locale: 'zh-CN' | 'zh-TW' | 'en', separator: string) =>
    kinds.map((kind) => kindNames[kind][locale] ?? kindNames[kind]['zh-CN']).join(separator);
  return t(
    `为了您的安全，我已隐藏您输入的${names('zh-CN', '、')}。我们永远不需要这些信息，请不要在任何聊天中发送。`,
    `For your safety I have hidden the ${names('en', ', ')} you typed. We never need it: please do not send it in any chat.`,
    `為了您的安全，我已隱藏您輸入的${names('zh-TW', '、')}。我們永遠不需要這些資訊，請不要在任何聊天中傳送。`,
  );
}
