/**
 * Each problem's name as the person reads it: the triage question's buttons and the ticket form's
 * "Problem" line. Apart from the triage (triage.ts), which loads only when the host did not say
 * what went wrong, while the ticket form needs these names in every conversation (docs/decisions/0021).
 */
import type { ProblemId } from '../shared/problems.js';
import { t, type Text } from './text.js';

export const problemLabels: Record<ProblemId, Text> = {
  'payment-failed': t('付款失败', 'A payment failed', '付款失敗'),
  'card-binding-failed': t('绑卡失败', 'Could not link a card', '綁卡失敗'),
  'activation-failed': t('钱包开通失败', 'Could not activate the wallet', '錢包開通失敗'),
  'top-up-failed': t('充值失败', 'A top-up failed', '儲值失敗'),
  'bank-wallet-payment-failed': t(
    '数字人民币钱包付款失败',
    'An e-CNY bank wallet payment failed',
    '數位人民幣錢包付款失敗',
  ),
  'funds-missing': t('钱不见了或被重复扣款', 'Money is missing or was taken twice', '錢不見了或被重複扣款'),
  other: t('其他问题，联系客服', 'Something else: contact support', '其他問題，聯絡客服'),
};
