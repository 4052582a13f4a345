/**
 * What payment systems and users say when a payment fails, and the cause each points to. Plain
 * data, from docs/domain.md §2 and its mapping table §2b; classify.ts compiles it once at load.
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

/**
 * How sure a phrase makes us. `strong`: says the cause in so many words (余额不足). `medium`:
 * points to it but has other readings (超限, declined). `weak`: a hint only (余额, 商户).
 */
export const phraseStrength = { strong: 0.85, medium: 0.6, weak: 0.4 } as const;
export type PhraseStrength = keyof typeof phraseStrength;

export interface PhraseGroup {
  readonly cause: CauseId;
  readonly strength: PhraseStrength;
  readonly phrases: readonly string[];
}

const group = (cause: CauseId, strength: PhraseStrength, phrases: readonly string[]): PhraseGroup => ({
  cause,
  strength,
  phrases,
});

/**
 * Phrases in the messages wallets, banks and card schemes show, and in users' own words. Matched
 * case-insensitively on NFKC text with "_" and "-" read as spaces; English ones on word bounds.
 */
export const phraseGroups: readonly PhraseGroup[] = [
  group('insufficient-balance', 'strong', [
    '余额不足', '余额不够', '无足够的存款', '存款不足', '暂无可用的支付方式', '没有可用的支付工具',
    // Alipay's own tables misspell it so (没用 for 没有), and users paste it as shown.
    '没用可用的支付工具', '没有可用的支付方式', '没有可用于付款的渠道', '零钱不足',
    '零钱余额不足', '账户余额不足', '卡内余额不足', '可用余额不足', '资金不足', '可用额度不足',
    '信用额度不足', '额度不足', '余额为0', '余额为零', '余额不足以支付',
    'insufficient funds', 'insufficient balance', 'not enough balance', 'not enough funds',
    'not enough money', 'balance is insufficient', 'balance too low', 'balance is too low',
    'low balance', 'insufficient credit', 'not sufficient funds', 'nsf',
    'no payment instruments available',
  ]),
  group('insufficient-balance', 'medium', ['钱不够', '没钱了', '没钱', '余额没了', 'no money', 'out of money']),
  group('insufficient-balance', 'weak', ['余额', 'balance']),

  group('limit-exceeded', 'strong', [
    '超出限额', '超过限额', '超出单笔限额', '超过单笔限额', '单笔限额', '单日限额', '日限额', '月限额',
    '年限额', '累计限额', '额度超限', '限额超限', '金额超限', '超出取款金额限制', '超出取款次数限制',
    '交易次数超限', '支付次数超限', '日限额超限', '月额度超限', '超出每日', '超过每日', '超出当日',
    '超过当日', '超出钱包限额', '超过钱包限额', '超出余额上限', '超过余额上限', '余额上限',
    '单笔支付上限', '超出支付限额', '超过支付限额', '交易过于频繁', '交易太频繁', '子钱包限额', '已达上限',
    '已达每日上限', '交易限额', '超过交易限额', '超出交易限额', '超过单笔交易限额', '超过额度上限',
    'limit exceeded', 'exceeds the limit', 'exceeded the limit', 'exceeds limit', 'exceeded limit',
    'exceeds your limit', 'exceeded your limit', 'daily limit', 'monthly limit', 'transaction limit',
    'spending limit', 'amount limit', 'payment limit', 'withdrawal limit', 'over the limit', 'over limit',
    'above the limit', 'withdrawal amount exceeded', 'withdrawal count exceeded', 'too many transactions',
    'velocity exceeded', 'invalid amount', 'exceeds amount limit', 'exceeds withdrawal amount limit',
    'exceeds withdrawal frequency limit', 'wallet limit', 'limit reached',
  ]),
  group('limit-exceeded', 'medium', ['超限', '限额', '超额', '超出额度', '超过额度', '上限', 'limit']),

  // The payment waits for the person's password (docs/domain.md §2, WeChat Pay USERPAYING).
  group('payment-pending', 'strong', [
    '用户支付中', '用户正在支付', '等待用户输入密码', '等待用户输入支付密码', '需要用户输入支付密码',
    '需要用户输入密码', '等待买家输入密码', '等待用户确认支付', '等待用户付款',
    'waiting for the user to enter', 'waiting for user to enter', 'waiting for the user to pay',
    'waiting for user payment', 'awaiting user payment', 'user is paying', 'user paying',
    'payment pending', 'payment is pending', 'pending user confirmation',
  ]),

  group('verification-failed', 'strong', [
    '验证码错误', '验证码失效', '验证码已失效', '验证码过期', '验证码已过期', '验证码不正确', '验证码有误',
    '验证码输入错误', '短信验证码错误', '校验码错误', '动态码错误', '动态密码错误', '密码错误', '密码错',
    '密码不正确', '密码有误', '密码输错', '支付密码错误', '支付密码不正确', '不正确的pin', 'pin错误',
    '人脸识别失败', '人脸验证失败', '刷脸失败', '人脸比对失败', '人脸识别不通过', '指纹验证失败',
    '指纹识别失败', '指纹支付失败', '面容id验证失败', '身份验证失败', '安全验证失败', '3d验证失败',
    '收不到验证码', '没收到验证码', '没有收到验证码', '未收到验证码', '验证码收不到', '收不到短信',
    '没收到短信', '验证码已到期', '验证码到期', '一次性密码错误',
    '付款码已过期', '付款码失效', '付款码已失效',
    'verification failed', 'authentication failed', 'authentication required', '3d secure', '3ds',
    '3d not authenticated', 'not authenticated', 'incorrect pin', 'invalid pin', 'wrong pin',
    'incorrect password', 'wrong password', 'invalid password', 'password is incorrect',
    'password is wrong', 'incorrect otp', 'invalid otp', 'wrong otp', 'otp expired', 'otp is invalid',
    'code expired', 'code has expired', 'code is invalid', 'invalid verification code',
    'incorrect verification code', 'wrong verification code', 'verification code expired',
    "didn't receive the code", 'did not receive the code', "didn't get the code", 'no sms',
    "didn't receive the sms", 'did not receive the sms', 'face id failed', 'face recognition failed',
    'fingerprint failed', 'fingerprint not recognized', 'biometric authentication failed',
    'touch id failed', 'sms code', 'verification code',
  ]),
  group('verification-failed', 'medium', [
    '验证失败', '校验失败', '认证失败', '验证不通过', '验证码', '短信码', '动态码', '人脸', '刷脸', '指纹',
    'otp', 'biometric', 'face id', 'fingerprint', 'verify', 'verification',
  ]),

  group('merchant-unsupported', 'strong', [
    '商户不支持', '商家不支持', '该商户不支持', '该商户暂不支持', '商户暂不支持', '商家暂不支持', '无效商户',
    '不支持数字人民币', '暂不支持数字人民币', '不支持该支付方式', '不支持此支付方式', '暂不支持该支付方式',
    '暂不支持此支付方式', '不允许终端进行的交易', '商户收款额度超限', '商户状态异常', '卖家已被限制',
    '商家已被限制', '商户已被限制', '商户收款受限', '该商户不接受', '商家不接受', '不支持该支付工具',
    '该门店不支持', '门店不支持', '不在受理范围',
    'merchant does not support', "merchant doesn't support", 'merchant does not accept',
    "merchant doesn't accept", 'not accepted by this merchant', 'not accepted by the merchant',
    'invalid merchant', 'merchant not supported', 'payment method not supported',
    'payment method is not supported', 'payment method not available', 'not supported by the merchant',
    'not supported by this merchant', "store doesn't accept", 'store does not accept',
    "shop doesn't accept", 'seller has been blocked', 'merchant blocked', 'merchant is blocked',
    'not permitted to terminal', 'not supported by merchant',
  ]),
  group('merchant-unsupported', 'weak', ['商户', '商家', 'merchant']),

  group('maintenance', 'strong', [
    '系统维护', '系统升级', '维护中', '正在维护', '停机维护', '服务不可用', '服务暂不可用', '服务暂时不可用',
    '系统繁忙', '系统忙', '系统异常', '系统故障', '发卡方或交换中心不能操作', '金融机构无法达到',
    '金融机构或中间网络设施找不到或无法达到', '日期切换正在处理', '日切', '暂停服务', '服务暂停',
    '银行系统异常', '银行系统维护', '银行维护', '渠道维护', '通道维护', '系统失效', '服务器维护',
    '服务暂时无法使用', '系统暂时无法使用', '暂时无法提供服务',
    'maintenance', 'under maintenance', 'scheduled maintenance', 'service unavailable',
    'service is unavailable', 'service temporarily unavailable', 'temporarily unavailable',
    'system busy', 'system is busy', 'system unavailable', 'system malfunction',
    'issuer or switch inoperative', 'switch inoperative', 'issuer inoperative',
    'financial institution cannot be found', 'internal server error', 'bank system is down',
    'system is down', 'down for maintenance', 'outage', 'http 503', 'error 503', '503 error',
  ]),
  group('maintenance', 'medium', ['维护', '升级中', '服务器错误', '服务器异常', 'server error', 'server is down']),

  group('network', 'strong', [
    '网络异常', '网络错误', '网络不稳定', '网络连接失败', '网络连接异常', '网络连接超时', '网络超时',
    '网络不给力', '网络繁忙', '请检查网络', '请检查您的网络', '网络请求失败', '连接超时', '请求超时',
    '交易超时', '支付超时', '系统超时', '收到的回答太迟', '交换中心收不到发卡方应答', '请重做交易',
    '无法连接', '连接失败', '连接中断', '断网', '没有网络', '没网', '无网络', '信号不好', '信号差',
    '发卡行不可用', '处理错误', '网络不好', '网不好', '网络差', '网速慢', '网络断了', '网络中断',
    'network error', 'network issue', 'network problem', 'network failure', 'network connection',
    'connection error', 'connection failed', 'connection lost', 'connection timed out',
    'connection timeout', 'could not connect', "couldn't connect", 'unable to connect', 'cannot connect',
    "can't connect", 'no internet', 'no connection', 'internet connection', 'timed out', 'time out',
    'timeout', 'request timeout', 'you are offline', "you're offline", 'processing error',
    'issuer not available', 'issuer unavailable', 're enter transaction', 'reenter transaction',
    'acquirer error', 'bad signal', 'poor signal', 'response received too late', 'bad connection',
    'slow internet', 'internet is down',
  ]),
  group('network', 'medium', ['网络', 'network', '超时', '系统错误', 'system error', 'offline', 'wifi', 'signal']),

  group('card-info-invalid', 'strong', [
    '无效卡号', '卡号无效', '卡号错误', '卡号有误', '卡号不正确', '卡号不存在', '无此卡记录', '无此卡号',
    '信息不一致', '信息不符', '信息不匹配', '四要素', '三要素', '预留手机号不一致', '预留手机号错误',
    '手机号与银行预留不一致', '与银行预留', '银行预留手机号', '姓名不一致', '户名不符', '户名不一致',
    '证件号不一致', '持卡人信息有误', '持卡人信息不符', '有效期错误', '有效期有误', '有效期不正确',
    'cvv错误', 'cvv2错误', 'cvn2错误', '安全码错误', '卡片信息有误', '银行卡信息有误', '银行卡信息错误',
    '银行卡信息不正确', '卡信息错误', '只能绑定本人', '非本人卡', '无此发卡方', '卡号格式', '卡号不符',
    'invalid card number', 'incorrect card number', 'card number is invalid',
    'card number is incorrect', 'wrong card number', 'invalid card', 'no such card',
    'card details are incorrect', 'incorrect card details', 'card information does not match',
    'details do not match', "details don't match", 'name does not match', 'name mismatch',
    'incorrect cvc', 'invalid cvc', 'incorrect cvv', 'invalid cvv', 'cvc declined', 'cvv declined',
    'security code is incorrect', 'incorrect security code', 'invalid security code', 'invalid expiry',
    'invalid expiration', 'expiration date is incorrect', 'incorrect expiry', 'incorrect expiration',
    'incorrect zip', 'avs declined', 'address verification failed', 'postal code',
  ]),
  group('card-info-invalid', 'medium', ['卡号', '预留手机', 'does not match', "doesn't match", 'card number']),

  group('card-expired-or-locked', 'strong', [
    '过期的卡', '卡已过期', '卡片已过期', '卡片过期', '银行卡已过期', '银行卡过期', '已过有效期',
    '卡片有效期已过', '挂失卡', '已挂失', '被窃卡', '没收卡', '密码输入次数超限', '密码错误次数超限',
    '密码错误次数过多', '密码输错次数过多', '密码错误次数已达上限', '输入pin次数超限',
    '允许的输入pin次数超限', '密码已锁定', '密码被锁', '密码锁定', '卡已锁定', '卡被锁', '卡片锁定',
    '卡被锁定', '卡已冻结', '卡片冻结', '卡被冻结', '银行卡冻结', '银行卡被冻结', '卡片已注销',
    '卡已注销', '卡已作废', '卡片已失效', '卡已失效', '止付', '信用卡已到期', '卡片已到期', '卡已到期',
    '卡片到期', '卡片已停用', '卡已停用', '已停卡', '卡片已冻结', '卡片已被冻结', '卡片被冻结', '卡片已锁定',
    '卡片已被锁定', '锁卡',
    'expired card', 'card expired', 'card has expired', 'card is expired', 'lost card', 'stolen card',
    'pickup card', 'pick up card', 'blocked card', 'card blocked', 'card is blocked',
    'card has been blocked', 'card locked', 'card is locked', 'card frozen', 'card is frozen',
    'card has been frozen', 'pin tries exceeded', 'pin try exceeded', 'too many pin attempts',
    'too many incorrect pin', 'pin locked', 'pin is locked', 'allowable pin tries exceeded',
    'card cancelled', 'card canceled', 'card has been cancelled', 'card has been canceled',
  ]),
  group('card-expired-or-locked', 'medium', ['锁定', '冻结', '过期', '挂失', 'locked', 'frozen', 'expired']),

  group('bank-restricted', 'strong', [
    '不予承兑', '不允许持卡人进行的交易', '受限制的卡', '查发卡行', '请联系发卡行', '联系发卡行',
    '请与发卡行联系', '请持卡人与发卡行联系', '请联系银行', '请联系您的银行', '联系银行', '银行拒绝',
    '发卡行拒绝', '被银行拒绝', '被发卡行拒绝', '交易被拒', '银行拒绝交易', '未开通网上支付',
    '未开通网银支付', '未开通快捷支付', '未开通无卡支付', '未开通电子支付', '未开通在线支付',
    '未开通银联在线', '未开通网络支付', '无卡支付功能', '不支持该卡', '该卡不支持', '卡片不支持',
    '银行卡不支持', '不支持此卡', '不支持该银行', '暂不支持该银行', '银行限制', '发卡行限制',
    '交易不被允许', '不允许的交易', '未开卡', '卡片未启用',
    'do not honor', 'do not honour', "don't honor", 'declined by bank', 'declined by your bank',
    'declined by the bank', 'declined by issuer', 'declined by the issuer', 'declined by your issuer',
    'issuer declined', 'bank declined', 'your bank declined', 'contact your bank', 'contact the bank',
    'contact your card issuer', 'call issuer', 'call your bank', 'call your card issuer',
    'refer to card issuer', 'refer to issuer', 'transaction not allowed', 'transaction not permitted',
    'not permitted', 'restricted card', 'card not supported', 'card type not supported',
    'currency not supported', 'card does not support', 'not supported by your bank',
    'revocation of authorization', 'stop payment', 'referral', 'invalid account',
  ]),
  group('bank-restricted', 'medium', [
    '拒绝', '被拒', '拒付', '授权失败', 'your card was declined', 'card was declined', 'card declined', 'declined',
    'refused',
  ]),

  group('account-incomplete', 'strong', [
    '未实名', '未实名认证', '未完成实名', '未完成实名认证', '实名认证未通过', '实名认证失败', '需要实名认证',
    '请先实名认证', '请完成实名认证', '请先完成实名认证', '完成实名认证后', '需先实名认证', '未通过人行认证', '人行认证', '钱包未开通', '钱包未激活',
    '账户未激活', '账户未开通', '账号未激活', '未开通钱包', '证件过期', '证件已过期', '身份证过期',
    '身份证已过期', '身份证件过期', '身份证有效期已过', '身份信息不完整', '身份信息不全', '信息不完整',
    '完善身份信息', '补充身份信息', '更新身份证', '更新证件', '实名等级', '认证等级不足', '认证等级',
    '买家状态非法', '身份证件不完整',
    '开户信息不完整', '请上传身份证', '未激活',
    'identity verification required', 'verify your identity', 'identity not verified',
    'account not verified', 'unverified account', 'account is not verified', 'real name verification',
    'real name authentication', 'kyc', 'complete your profile', 'complete your identity',
    'account not activated', 'account is not activated', 'wallet not activated', 'account inactive',
    'account incomplete', 'id expired', 'id has expired', 'identity document expired',
    'id document expired', 'certification level', 'buyer status forbidden',
  ]),
  group('account-incomplete', 'medium', ['实名', '身份信息', '实名认证', 'identity', 'not verified']),
  // Upgrading the wallet tier is also the fix for its limits: a hint only.
  group('account-incomplete', 'weak', ['升级钱包', '钱包等级']),

  group('already-registered', 'strong', [
    '重复绑卡', '已开立', '已注册', '已被注册', '已绑定', '已被绑定', '该卡已绑定', '已经绑定', '已经注册',
    '已存在', '已开通过', '已有钱包', '已开立同类', '账户已存在', '账号已存在', '手机号已被注册',
    '一人一户', '重复开户', '重复注册', '已经开通过', '重复绑定',
    'already registered', 'already exists', 'already bound', 'already linked', 'already added',
    'already been added', 'already been registered', 'already been linked', 'account already exists',
    'account exists', 'card already added', 'duplicate account', 'duplicate registration',
    'one wallet per', 'already have a wallet', 'already has a wallet', 'already opened',
  ]),
  group('already-registered', 'weak', ['已开通', '不能重复']),

  group('device-unsupported', 'strong', [
    'nfc', '碰一碰', '无线支付开关关闭', '版本过低', '版本太低', '版本太旧', '不支持该设备', '设备不支持',
    '手机不支持', '机型不支持', '不支持此设备', '不支持该机型', '不支持当前设备', '系统版本过低',
    '系统版本太低', '请升级app', '请升级客户端', '请更新app', '请更新客户端', '升级到最新版本',
    '更新到最新版本', '请升级到最新版', '已root', '越狱', '模拟器', '安全芯片', 'se芯片', '白名单验证',
    'device not supported', 'unsupported device', 'device is not supported', 'phone not supported',
    'phone is not supported', 'update the app', 'update your app', 'upgrade the app', 'upgrade your app',
    'app version', 'app is outdated', 'outdated app', 'os version', 'os is too old', 'jailbroken',
    'rooted', 'emulator', 'mobile payment switch off', 'mobile payment disabled', 'tap to pay',
    // A payment switch the person turned off (see acq.error_balance_payment_disable above).
    '余额支付功能关闭', '余额支付功能已关闭', '余额支付开关', 'balance payment disabled',
  ]),
  group('device-unsupported', 'medium', ['版本', '设备', '机型', 'root', 'outdated', 'device']),

  group('risk-control', 'strong', [
    '支付有风险', '交易有风险', '交易存在风险', '存在风险', '风险交易', '风控', '风险控制', '触发风控',
    '有作弊嫌疑', '作弊', '只收不付', '违反安全保密规定', '涉嫌欺诈', '欺诈', '可疑交易', '疑似欺诈',
    '安全原因', '出于安全考虑', '账户异常', '账户存在风险', '账户被限制', '账户受限', '账户被冻结',
    '账号被冻结', '账户已冻结', '账号异常', '被限制支付', '限制交易', '交易受限', '支付受限', '盗刷',
    '疑似盗刷', '诈骗', '疑似诈骗', '交易被拦截', '交易遭拦截',
    'fraud', 'fraudulent', 'suspected fraud', 'suspicious', 'suspicious activity',
    'suspicious transaction', 'high risk', 'risk detected', 'security violation', 'security reasons',
    'for security reasons', 'flagged', 'blocked for security', 'account restricted', 'account suspended',
    'account frozen', 'account has been frozen', 'account locked', 'account is locked',
    'account has been locked', 'risk',
  ]),
  group('risk-control', 'medium', ['风险', '安全', '异常交易', 'security']),

  group('duplicate-charge', 'strong', [
    '重复交易', '交易已被支付', '订单已支付', '重复扣款', '重复扣费', '扣了两次', '扣款两次', '扣了两笔',
    '扣了2次', '扣两次', '重复支付', '被扣两次', '被扣了两次', '多扣', '多扣了', '扣了钱', '钱被扣',
    '钱扣了', '已扣款', '扣款成功', '扣了款', '钱已经扣了', '扣款了', '付了两次', '支付了两次',
    '付了两遍', '两笔扣款', '两次扣款', '商户订单号重复', '被扣款', '钱被扣了', '钱却扣了', '但扣款',
    '重复付款', '订单已付款', '重复收费', '已经扣款', '款项已扣除',
    'duplicate transaction', 'duplicate charge', 'duplicate payment', 'charged twice',
    'charged two times', 'double charged', 'double charge', 'billed twice', 'paid twice',
    'charged me twice', 'already paid', 'order already paid', 'order paid', 'money was taken',
    'money was deducted', 'money deducted', 'was charged but', 'charged but failed', 'got charged',
    'been charged', 'amount deducted', 'deducted from my account', 'still charged',
  ]),

  // Say nothing about the cause; recorded so the match is explained, at confidence 0.
  group('unknown', 'weak', [
    '支付失败', '交易失败', '付款失败', '出错', '未知错误', '发生错误', '请稍后再试', '失败', 'payment failed',
    'transaction failed',
    'something went wrong', 'error', 'unknown error', 'try again later', 'please try again', 'failed',
  ]),
];
