/**
 * Error messages in Traditional Chinese as Taiwanese and Hong Kong banks and wallets show them
 * (LINE Pay, 街口支付/JKOPAY, 全支付, PayMe, 八達通/Octopus, AlipayHK, WeChat Pay HK, card issuers'
 * 3-D Secure pages and POS slips), retyped or pasted by users, codes mixed in. The expected cause
 * is what a support agent would give, by docs/domain.md §2b's categories (and §2 for USERPAYING).
 * Written for this test, not taken from the phrase tables: several use wording the tables only
 * reach through toSimplified or a phrase's part.
 */
import type { ErrorCase } from './error-messages.js';
import type { CauseId } from '../../../../src/diagnose/types.js';

const cases = (cause: CauseId, list: readonly string[]): ErrorCase[] => list.map((text) => ({ text, cause }));

export const traditionalErrorMessages: readonly ErrorCase[] = [
  ...cases('insufficient-balance', [
    '交易失敗(51)',
    '餘額不足，請先儲值後再付款',
    'LINE Pay Money 餘額不足，請儲值後再試一次',
    '街口帳戶餘額不足，請選擇其他付款方式',
    'PayMe 結餘不足，請先增值',
    '八達通餘額不足，請增值後再試',
    '戶口結餘不足 (51)',
    '信用卡可用額度不足，授權失敗',
    '您的儲值金不足以支付本筆交易',
  ]),
  ...cases('limit-exceeded', [
    '已超過每日交易限額，請明日再試',
    '本月累計付款金額已達上限',
    '超過單筆交易限額',
    '錯誤代碼：61 超過金額限制',
    'JKOPAY：已超過儲值上限',
    '交易次數已達上限，請稍後再試',
  ]),
  ...cases('payment-pending', [
    'USERPAYING 使用者付款中',
    '等待用戶輸入密碼',
    '用戶支付中，請稍候',
    'WeChat Pay HK：用戶正在支付中',
  ]),
  ...cases('verification-failed', [
    '簡訊驗證碼錯誤，請重新輸入',
    '未收到簡訊驗證碼',
    '3D驗證失敗，交易未完成',
    '交易密碼錯誤 (55)',
    '身分驗證失敗，請重新操作',
    '指紋辨識失敗，請改用密碼付款',
    '驗證碼已逾時，請重新取得',
  ]),
  ...cases('merchant-unsupported', [
    '此商店不支援此付款方式',
    '商戶不支援該支付方式 (03)',
    '特店不支援街口支付',
    '該商家暫不支援 AlipayHK',
    '無效商戶 (03)',
    '此商店暫不接受八達通付款',
  ]),
  ...cases('maintenance', [
    '系統忙碌中，請稍後再試',
    '系統維護中，暫停服務',
    '伺服器維護中，造成不便敬請見諒',
    '銀行系統維護，暫停交易',
    '服務暫時無法使用 (96)',
  ]),
  ...cases('network', [
    '連線逾時，請檢查網路後再試',
    '網路異常，請稍後再試',
    '網絡連線不穩定，請重試',
    '交易逾時(68)',
    '無法連線至伺服器',
    'Wi-Fi 訊號不佳，付款失敗',
    '請求逾時，請確認交易紀錄後再付款',
  ]),
  ...cases('card-info-invalid', [
    '卡號錯誤，請重新輸入',
    '有效期限錯誤',
    '檢查碼錯誤（信用卡背面末三碼）',
    '持卡人資料不符',
    '手機號碼與銀行留存資料不符',
    '無效卡號 (14)',
  ]),
  ...cases('card-expired-or-locked', [
    '信用卡已到期，請更換卡片',
    '卡片已過期 (54)',
    '密碼錯誤次數過多，卡片已鎖定',
    '卡片已停用',
    '您的卡片已被凍結',
    '卡片已掛失',
  ]),
  ...cases('bank-restricted', [
    '授權失敗，請聯絡發卡銀行 (05)',
    // The code bare at the end, after the failure (issue 17).
    '授權失敗，05',
    '交易遭拒，請洽發卡銀行',
    '此卡未開通網路交易功能',
    '發卡銀行拒絕交易',
    '此卡不支援此交易',
    '57 不允許持卡人進行的交易',
    '請與您的銀行聯絡',
  ]),
  ...cases('account-incomplete', [
    '請先完成身分驗證',
    '帳戶尚未完成實名認證',
    '身分證已過期，請更新證件資料',
    '錢包尚未啟用',
    'ACQ.ERROR_BUYER_CERTIFY_LEVEL_LIMIT 買家未通過人行認證',
  ]),
  ...cases('already-registered', [
    '此卡已綁定，請勿重複綁定',
    '此手機號碼已註冊',
    '帳號已存在',
    '您已開立過數位存款帳戶',
  ]),
  ...cases('device-unsupported', [
    '您的裝置不支援 NFC 感應支付',
    '此裝置不支援本服務',
    'App 版本過舊，請更新至最新版本',
    '偵測到裝置已越獄，無法使用',
    'ACQ.MOBILE_PAYMENT_SWITCH_OFF 無線支付開關關閉',
  ]),
  ...cases('risk-control', [
    '交易有風險，已被攔截',
    '基於安全考量，本筆交易已被拒絕',
    '疑似盜刷，交易已暫停',
    '帳戶已被凍結，請聯絡客服',
    '59 有作弊嫌疑',
    '出於安全理由，交易未能完成',
  ]),
  ...cases('duplicate-charge', [
    '重複扣款，請協助退款',
    '顯示付款失敗但已扣款',
    '此訂單已付款',
    '同一筆交易被扣了兩次',
    '94 重複交易',
    '八達通重複收費',
    '付款失敗可是餘額變少了',
  ]),
  ...cases('unknown', ['交易失敗，請稍後再試', '發生未知錯誤', '付款失敗', '儲值失敗']),
  // Added after the phrase tables were written and not tuned for: the figure counts them as they fall.
  ...cases('insufficient-balance', ['扣款失敗：帳戶可用餘額不足', 'AlipayHK：你的錢包結餘不夠']),
  ...cases('limit-exceeded', ['超過轉帳限額']),
  ...cases('verification-failed', ['OTP驗證碼輸入錯誤']),
  ...cases('network', ['網路連線中斷，交易結果未明']),
  ...cases('maintenance', ['系統暫停服務中']),
  ...cases('risk-control', ['此交易被系統判定為高風險交易']),
  ...cases('duplicate-charge', ['同一張卡重複請款']),
  ...cases('bank-restricted', ['請與發卡行聯繫']),
  ...cases('card-expired-or-locked', ['卡片效期已過']),
  ...cases('merchant-unsupported', ['此商戶不接受信用卡']),
  ...cases('account-incomplete', ['請先完成實名驗證']),
  ...cases('device-unsupported', ['您的手機作業系統版本過低']),
  ...cases('payment-pending', ['交易處理中，請等待用戶確認']),
];
