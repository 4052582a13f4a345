/**
 * The codes payment systems give when a payment fails, and the cause each points to. Plain data,
 * from docs/domain.md §2 and its mapping table §2b. What they and users say in words is in
 * error-phrases.ts: a host's code alone needs none of it (docs/decisions/0021).
 *
 * Mapping of docs/domain.md categories onto CauseId: balance → insufficient-balance, limit →
 * limit-exceeded, verification → verification-failed, card-info → card-info-invalid,
 * card-expired-locked → card-expired-or-locked, bank-restriction → bank-restricted, merchant →
 * merchant-unsupported, account-kyc → account-incomplete, duplicate-registration →
 * already-registered, device → device-unsupported; the others keep their names.
 *
 * Where §2b's table and a closer reading of its own sources disagree, the source wins and the entry
 * says why: USERPAYING (§2 WeChat Pay), invalid_account (Stripe [S11]), the two Alipay buyer-side
 * codes ERROR_BALANCE_PAYMENT_DISABLE and NO_PAYMENT_INSTRUMENTS_AVAILABLE (Alipay [S13]).
 */
import type { CauseId } from './types.js';

/** A code whose cause is only a best guess: the flow confirms it with the user. */
export interface WeakCode {
  readonly cause: CauseId;
  readonly confidence: number;
}
export type CodeMeaning = CauseId | WeakCode;

/**
 * ISO 8583 field 39 as used by UnionPay (CUPS) and most acquirers. Two digits; codes that say
 * nothing about the cause (00 approved, 06 error, 12 invalid transaction) map to unknown.
 */
export const isoResponseCodes: Readonly<Record<string, CodeMeaning>> = {
  '00': 'unknown', // 承兑或交易成功: a success code pasted by mistake
  '01': 'bank-restricted', // 查发卡行 (refer to issuer)
  '02': 'bank-restricted', // 查发卡行的特殊条件
  '03': 'merchant-unsupported', // 无效商户
  '04': 'card-expired-or-locked', // 没收卡
  '05': 'bank-restricted', // 不予承兑 (do not honor)
  '06': 'unknown', // 出错
  '07': 'card-expired-or-locked', // 特殊条件下没收卡
  '12': 'unknown', // 无效交易
  '13': 'limit-exceeded', // 无效金额: Stripe's invalid_amount sits with the limits in §2b
  '14': 'card-info-invalid', // 无效卡号
  '15': 'card-info-invalid', // 无此发卡方
  '19': 'network', // 请重做交易
  '33': 'card-expired-or-locked', // 过期的卡（没收卡）
  '34': 'risk-control', // 有作弊嫌疑（没收卡）
  '38': 'card-expired-or-locked', // 允许的输入PIN次数超限（没收卡）
  '41': 'card-expired-or-locked', // 挂失卡
  '43': 'card-expired-or-locked', // 被窃卡
  '51': 'insufficient-balance', // 余额不足 / 无足够的存款
  '54': 'card-expired-or-locked', // 过期的卡
  '55': 'verification-failed', // 不正确的PIN / 密码错
  '56': 'card-info-invalid', // 无此卡记录
  '57': 'bank-restricted', // 不允许持卡人进行的交易
  '58': 'merchant-unsupported', // 不允许终端进行的交易
  '59': 'risk-control', // 有作弊嫌疑
  '61': 'limit-exceeded', // 超出取款金额限制
  '62': 'bank-restricted', // 受限制的卡
  '63': 'risk-control', // 违反安全保密规定
  '65': 'limit-exceeded', // 超出取款次数限制
  '68': 'network', // 收到的回答太迟 / 交易超时
  '75': 'card-expired-or-locked', // 允许的输入PIN次数超限
  '90': 'maintenance', // 日期切换正在处理
  '91': 'maintenance', // 发卡方或交换中心不能操作
  '92': 'maintenance', // 金融机构或中间网络设施找不到或无法达到
  // 重复交易: the switch saw the same message twice and refused the repeat. It does not say money
  // was taken (docs/domain.md §2c, S39), so the flow asks before treating it as a double charge.
  '94': { cause: 'duplicate-charge', confidence: 0.5 },
  '96': 'maintenance', // 系统异常、失效
  '98': 'network', // 交换中心收不到发卡方应答
};

/**
 * Adyen refusalReasonCode. Numbers overlap ISO 8583 with other meanings (12 is "not enough
 * balance" here, "invalid transaction" there), so these apply only when the text names Adyen or
 * its refusal reason fields.
 */
export const adyenRefusalCodes: Readonly<Record<string, CodeMeaning>> = {
  '2': 'bank-restricted', // Refused
  '3': 'bank-restricted', // Referral
  '4': 'network', // Acquirer Error
  '5': 'card-expired-or-locked', // Blocked Card
  '6': 'card-expired-or-locked', // Expired Card
  '7': 'limit-exceeded', // Invalid Amount
  '8': 'card-info-invalid', // Invalid Card Number
  '9': 'network', // Issuer Unavailable
  '10': 'merchant-unsupported', // Not supported
  '11': 'verification-failed', // 3D Not Authenticated
  '12': 'insufficient-balance', // Not enough balance
  '14': 'risk-control', // Acquirer Fraud
  '17': 'verification-failed', // Invalid Pin
  '18': 'card-expired-or-locked', // Pin tries exceeded
  '20': 'risk-control', // FRAUD
  '22': 'risk-control', // FRAUD-CANCELLED
  '23': 'bank-restricted', // Transaction Not Permitted
  '24': 'card-info-invalid', // CVC Declined
  '25': 'bank-restricted', // Restricted Card
  // Declined Non Generic: the issuer's refusal that maps to no more specific reason [S12], so
  // the issuer is the one to ask, as for Refused (2).
  '27': 'bank-restricted',
  '28': 'limit-exceeded', // Withdrawal amount exceeded
  '29': 'limit-exceeded', // Withdrawal count exceeded
  '31': 'risk-control', // Issuer Suspected Fraud
  '32': 'card-info-invalid', // AVS Declined
  '38': 'verification-failed', // Authentication required
};

/**
 * Named codes, lower case: Stripe decline_code, Alipay sub_code (ACQ.*), Antom result codes,
 * WeChat Pay err_code, the Alipay gateway's numeric codes.
 */
export const namedCodes: Readonly<Record<string, CodeMeaning>> = {
  // Stripe
  insufficient_funds: 'insufficient-balance',
  withdrawal_count_limit_exceeded: 'limit-exceeded',
  card_velocity_exceeded: 'limit-exceeded',
  invalid_amount: 'limit-exceeded',
  authentication_required: 'verification-failed',
  incorrect_pin: 'verification-failed',
  invalid_pin: 'verification-failed',
  offline_pin_required: 'verification-failed',
  online_or_offline_pin_required: 'verification-failed',
  incorrect_number: 'card-info-invalid',
  invalid_number: 'card-info-invalid',
  incorrect_cvc: 'card-info-invalid',
  invalid_cvc: 'card-info-invalid',
  invalid_expiry_month: 'card-info-invalid',
  invalid_expiry_year: 'card-info-invalid',
  incorrect_zip: 'card-info-invalid',
  new_account_information_available: 'card-info-invalid',
  expired_card: 'card-expired-or-locked',
  pin_try_exceeded: 'card-expired-or-locked',
  lost_card: 'card-expired-or-locked',
  stolen_card: 'card-expired-or-locked',
  pickup_card: 'card-expired-or-locked',
  do_not_honor: 'bank-restricted',
  do_not_try_again: 'bank-restricted',
  call_issuer: 'bank-restricted',
  transaction_not_allowed: 'bank-restricted',
  not_permitted: 'bank-restricted',
  card_not_supported: 'bank-restricted',
  currency_not_supported: 'bank-restricted',
  restricted_card: 'bank-restricted',
  revocation_of_authorization: 'bank-restricted',
  stop_payment_order: 'bank-restricted',
  no_action_taken: 'bank-restricted',
  // Stripe's catch-all: usually the issuer, but it will not say, so the flow asks.
  generic_decline: { cause: 'bank-restricted', confidence: 0.5 },
  card_declined: 'unknown',
  processing_error: 'network',
  issuer_not_available: 'network',
  reenter_transaction: 'network',
  try_again_later: 'unknown',
  duplicate_transaction: 'duplicate-charge',
  fraudulent: 'risk-control',
  security_violation: 'risk-control',
  merchant_blacklist: 'risk-control',
  // "The card, or account the card is connected to, is invalid": contact the card issuer (Stripe
  // decline codes [S11]). The card's bank account, not the wallet's identity check that §2b's
  // account-kyc row suggests.
  invalid_account: 'bank-restricted',
  testmode_decline: 'unknown',
  // Alipay alipay.trade.pay sub_code
  'acq.buyer_balance_not_enough': 'insufficient-balance',
  'acq.buyer_bankcard_balance_not_enough': 'insufficient-balance',
  'acq.buyer_payment_amount_day_limit_error': 'limit-exceeded',
  'acq.buyer_payment_amount_month_limit_error': 'limit-exceeded',
  // The merchant's collection limit, not the buyer's (§2b): Antom's bare code below is the buyer's.
  'acq.beyond_pay_restriction': 'merchant-unsupported',
  'acq.seller_been_blocked': 'merchant-unsupported',
  // 没有可用的支付工具: the buyer has nothing left to pay with; Alipay's advice is to pay another
  // way [S13]. The same situation as WeChat's TRADE_ERROR "暂无可用的支付方式", which docs/domain.md §2
  // files under insufficient balance; not the merchant, as §2b's merchant row has it.
  'acq.no_payment_instruments_available': 'insufficient-balance',
  'acq.payment_request_has_risk': 'risk-control',
  'acq.error_buyer_certify_level_limit': 'account-incomplete',
  'acq.buyer_enable_status_forbid': 'account-incomplete',
  // 余额支付功能关闭: the buyer switched balance payments off; Alipay's advice is "用户打开余额支付开关
  // 后，再重新进行支付" [S13, mirrored in SDK code]. No cause names a payment switch the person turned
  // off; the closest is device-unsupported, whose remedy in §2b is "turn on NFC or the payment
  // switch" and which already holds its sibling MOBILE_PAYMENT_SWITCH_OFF (无线支付开关关闭). Not
  // account-incomplete (§2b's row): nothing about the person's identity is missing.
  'acq.error_balance_payment_disable': 'device-unsupported',
  'acq.mobile_payment_switch_off': 'device-unsupported',
  // The buyer's face-payment switch, like the mobile-payment switch (docs/domain.md §2c).
  'acq.user_face_payment_switch_off': 'device-unsupported',
  // The buyer has not completed real-name verification (docs/domain.md §2c).
  'acq.not_certified_user': 'account-incomplete',
  'acq.system_error': 'network',
  'acq.trade_has_success': 'duplicate-charge',
  'acq.payment_fail': 'unknown',
  'acq.trade_has_close': 'unknown',
  '20000': 'maintenance', // Alipay gateway: 服务不可用
  // HTTP 503 Service Unavailable (RFC 9110 §15.6.4): the server is down for now. Read as a code
  // only where the text marks it as one ("HTTP 503", "error 503", "(503)", or alone), never as a
  // bare number: "付款 503 元失败" is an amount.
  '503': 'maintenance',
  // Antom (Alipay+ international)
  buyer_balance_not_enough: 'insufficient-balance',
  user_balance_not_enough: 'insufficient-balance',
  beyond_pay_restriction: 'limit-exceeded',
  user_amount_exceed_limit: 'limit-exceeded',
  alin43911: 'risk-control',
  risk_reject: 'risk-control',
  system_error: 'network',
  // WeChat Pay v2 err_code
  notenough: 'insufficient-balance',
  systemerror: 'network',
  orderpaid: 'duplicate-charge',
  // The merchant sent the same order number twice: possibly a double submission; ask.
  out_trade_no_used: { cause: 'duplicate-charge', confidence: 0.5 },
  // Not a failure: the payment waits for the person to enter the password; query again every
  // 10 s for about 30 s (docs/domain.md §2, WeChat Pay). §2b's verification row predates this cause.
  userpaying: 'payment-pending',
  authcodeexpire: 'verification-failed',
  auth_code_invalid: 'verification-failed',
  // 银行系统异常: the bank timed out and the result is unknown (docs/domain.md §2c, S26), so the
  // advice is the pending payment's: wait, check the order, do not pay again.
  bankerror: 'payment-pending',
  orderclosed: 'unknown',
  trade_error: 'unknown',
};

/** Families of named codes recognised by a part: *BALANCE_NOT_ENOUGH, *DAY_LIMIT*, *MONTH_LIMIT*. */
export const codeFamilies: readonly { readonly part: string; readonly cause: CauseId }[] = [
  { part: 'balance_not_enough', cause: 'insufficient-balance' },
  { part: '_day_limit', cause: 'limit-exceeded' },
  { part: '_month_limit', cause: 'limit-exceeded' },
];
