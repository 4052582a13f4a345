/**
 * How Taiwan and Hong Kong wallets, banks and card issuers word a failure where the words, not
 * just the characters, differ from the mainland's: 簡訊 for 短信, 逾時 for 超时, 網路 for 网络,
 * 裝置 for 设备, 支援 for 支持, 資料 for 信息, 帳戶 for 账户, 身分 for 身份, 儲值/加值/增值 for 充值.
 * Written as the apps show them; the classifier reads every phrase and every message through
 * toSimplified, so a phrase that differs from the mainland one only in its characters does not
 * belong here (test/unit/diagnose/phrases.test.ts checks). Causes as in error-codes.ts, from
 * docs/domain.md §2b's categories.
 *
 * The word pairs: OpenCC's Taiwan phrase table (TWPhrasesRev in opencc-js: 網路/網絡, 簡訊/短信,
 * 伺服器/服務器, 裝置/設備, 支援/支持, 連線/連接, 訊號/信號, 使用者/用戶, 啟用/激活, 聯絡/聯繫). The
 * rest as Taiwanese and Hong Kong help pages write them (secondary sources, no official glossary
 * found): LINE Pay TW help (儲值, 帳戶餘額; help2.line.me/linepay_tw), a Taiwanese carrier-billing
 * FAQ (交易逾時, 連線狀態不穩, 簡訊驗證, 請洽, 身分證字號, 掛失; swag.live/help/zh-TW), a Taiwanese
 * shop's card FAQ (額度不足, 有效期限, 卡片背面末三碼, 尚未開卡, 系統忙碌; dazzleslim.com), PlayStation
 * TW (信用卡已逾期 for an expired card; playstation.com/zh-hant-tw), SoePay HK (戶口, 儲值, 拍卡).
 */
import type { PhraseGroup } from './error-phrases.js';

export const regionalPhraseGroups: readonly PhraseGroup[] = [
  {
    cause: 'insufficient-balance',
    strength: 'strong',
    // 結餘 is Hong Kong's word for a balance (戶口結餘, PayMe); 儲值金/儲值額 a stored-value balance.
    phrases: ['儲值金不足', '儲值額不足', '儲值金額不足'],
  },
  {
    cause: 'limit-exceeded',
    strength: 'strong',
    phrases: ['儲值上限'],
  },
  {
    cause: 'payment-pending',
    strength: 'strong',
    // Taiwan says 使用者 where the mainland says 用户.
    phrases: ['使用者付款中', '使用者正在付款', '等待使用者輸入密碼', '等待使用者輸入支付密碼', '等待使用者確認'],
  },
  {
    cause: 'verification-failed',
    strength: 'strong',
    phrases: [
      '未收到簡訊',
      '簡訊驗證失敗',
      '驗證碼已逾時',
      '驗證碼逾時',
      '身分驗證未通過',
      '生物辨識失敗',
      '臉部辨識失敗',
    ],
  },
  { cause: 'verification-failed', strength: 'medium', phrases: ['簡訊', '辨識失敗'] },
  {
    cause: 'merchant-unsupported',
    strength: 'strong',
    // 特店 (特約商店) is Taiwan's word for a card-accepting merchant.
    phrases: [
      '商店不支援',
      '特店不支援',
      '商店暫不支援',
      '不支援此付款方式',
      '不支援該付款方式',
      '不接受此付款方式',
      '商店不接受',
      '商店暫不接受',
      '商戶暫不接受',
      '商家暫不接受',
      '不適用於此商店',
    ],
  },
  {
    cause: 'maintenance',
    strength: 'strong',
    // 伺服器 is the server in both Taiwan and Hong Kong.
    phrases: ['伺服器忙碌', '系統維修'],
  },
  { cause: 'maintenance', strength: 'medium', phrases: ['伺服器沒有回應', '伺服器無回應'] },
  {
    cause: 'network',
    strength: 'strong',
    // 網路 and 連線 (Taiwan), 網絡 and 連接 (Hong Kong, the same characters as the mainland's),
    // 逾時 for a timeout, 訊號 for a signal.
    phrases: [
      '網路不穩',
      '網路斷線',
      '網路不佳',
      '網路連線',
      '連線異常',
      '連線錯誤',
      '連線不穩',
      '付款逾時',
      '處理逾時',
      '未能連接',
      '訊號不佳',
      '收訊不良',
    ],
  },
  { cause: 'network', strength: 'medium', phrases: ['連線'] },
  {
    cause: 'card-info-invalid',
    strength: 'strong',
    // 資料 is Taiwan's 信息; 檢查碼 the card's security code; 身分證字號 the ID number.
    phrases: ['有效期限錯誤', '有效期限有誤', '有效期限不正確', '檢查碼錯誤', '卡片資料錯誤', '身分證字號不符'],
  },
  {
    cause: 'card-expired-or-locked',
    strength: 'strong',
    // 遺失卡 is Taiwan's 挂失卡 (lost card); 逾期 its "expired" for a card (PlayStation TW).
    phrases: ['遺失卡', '卡片已遺失', '卡片遺失', '信用卡已逾期', '卡片已逾期', '卡已逾期'],
  },
  // 逾期 is also "overdue" (a bill): a hint only.
  { cause: 'card-expired-or-locked', strength: 'medium', phrases: ['已逾期'] },
  {
    cause: 'bank-restricted',
    strength: 'strong',
    // 洽 is Taiwan's "ask"; 發卡銀行/發卡機構 the issuer; 網路交易/線上交易 online card use.
    phrases: [
      '聯絡發卡銀行',
      '聯絡發卡機構',
      '洽發卡銀行',
      '洽詢發卡銀行',
      '請洽銀行',
      '聯絡您的銀行',
      '聯絡你的銀行',
      '與您的銀行聯絡',
      '與銀行聯絡',
      '發卡機構拒絕',
      '交易遭拒',
      '此卡不支援',
      '未開通網路交易',
      '未開啟網路交易',
      '未開通線上交易',
      '未開啟線上交易',
      '未申請網路交易',
      '無法進行網路交易',
    ],
  },
  // A Taiwanese card terminal's generic refusal: the issuer said no without a reason.
  { cause: 'bank-restricted', strength: 'medium', phrases: ['授權未通過', '遭拒'] },
  {
    cause: 'account-incomplete',
    strength: 'strong',
    // 身分 is Taiwan's 身份; 啟用 its 激活.
    phrases: [
      '完成身分驗證',
      '完成身分認證',
      '錢包未啟用',
      '錢包尚未啟用',
      '尚未啟用錢包',
      '帳戶未啟用',
      '帳戶尚未啟用',
      '帳號未啟用',
    ],
  },
  { cause: 'account-incomplete', strength: 'medium', phrases: ['身分驗證', '身分認證'] },
  {
    cause: 'already-registered',
    strength: 'strong',
    phrases: ['已有帳戶', '已擁有帳戶', '已有帳號'],
  },
  {
    cause: 'device-unsupported',
    strength: 'strong',
    phrases: ['版本過舊', '更新至最新版本', '餘額付款功能已關閉', '餘額付款功能關閉'],
  },
  { cause: 'device-unsupported', strength: 'medium', phrases: ['感應支付'] },
  {
    cause: 'risk-control',
    strength: 'strong',
    phrases: ['安全考量', '安全理由', '帳戶已被凍結', '帳號已被凍結', '帳戶已被停用'],
  },
];
