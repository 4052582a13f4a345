import type { RedactedKind } from '../diagnose/types.js';
import { t, type Text } from './text.js';

const kindNames: Record<RedactedKind, Text> = {
  'card-number': t('银行卡号', 'card number'),
  cvv: t('安全码（CVV）', 'security code (CVV)'),
  'sms-code': t('短信验证码', 'SMS code'),
  pin: t('PIN 码', 'PIN'),
  password: t('密码', 'password'),
  'id-number': t('身份证号', 'ID number'),
};

/** What the bot says after masking a secret the user typed: what was hidden, and why. */
export function maskingNotice(kinds: RedactedKind[]): Text {
  const zh = kinds.map((kind) => kindNames[kind]['zh-CN']).join('、');
  const en = kinds.map((kind) => kindNames[kind].en).join(', ');
  return t(
    `为了您的安全，我已隐藏您输入的${zh}。我们永远不需要这些信息，请不要在任何聊天中发送。`,
    `For your safety I have hidden the ${en} you typed. We never need it: please do not send it in any chat.`,
  );
}
