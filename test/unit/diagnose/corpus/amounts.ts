/** Amounts as users type them, with what a support agent would file. */
import type { AmountRejection } from '../../../../src/diagnose/types.js';

export interface AmountCase {
  text: string;
  locale: string;
  value: string;
  currency: string;
  /** Set where the text may be money but does not say so: the flow asks "Did you mean ¥3.00?". */
  needsConfirmation?: 'unclear-amount';
}
export interface RejectedAmountCase {
  text: string;
  locale: string;
  reason: AmountRejection;
}

const zh = (text: string, value: string, currency = 'CNY'): AmountCase => ({ text, locale: 'zh-CN', value, currency });
const en = (text: string, value: string, currency = 'CNY'): AmountCase => ({ text, locale: 'en', value, currency });
const tw = (text: string, value: string, currency = 'CNY'): AmountCase => ({ text, locale: 'zh-TW', value, currency });
const unclear = (c: AmountCase): AmountCase => ({ ...c, needsConfirmation: 'unclear-amount' });

export const amounts: readonly AmountCase[] = [
  zh('¥1,299.50', '1299.50'),
  zh('￥1,299.50', '1299.50'),
  zh('88元', '88.00'),
  zh('88', '88.00'),
  zh('88.8', '88.80'),
  zh('共计 88.8 元', '88.80'),
  zh('１２３', '123.00'),
  zh('１，２９９．５０元', '1299.50'),
  zh('一百二十元', '120.00'),
  zh('两千', '2000.00'),
  zh('三千五百块', '3500.00'),
  zh('三千五', '3500.00'),
  zh('一百五', '150.00'),
  zh('两万五', '25000.00'),
  zh('一万零五百', '10500.00'),
  zh('十五块', '15.00'),
  zh('1.5万', '15000.00'),
  zh('3万2', '32000.00'),
  zh('3千5', '3500.00'),
  zh('大概两百块吧', '200.00'),
  zh('八块五', '8.50'),
  zh('12块3毛4', '12.34'),
  zh('五毛', '0.50'),
  zh('壹佰贰拾元整', '120.00'),
  zh('人民币 500 元', '500.00'),
  zh('RMB 500', '500.00'),
  zh('CNY 66.6', '66.60'),
  zh('金额(元)：88', '88.00'),
  zh('扣了我 ¥299', '299.00'),
  zh('尾号1234的卡被扣了50元', '50.00'),
  zh('昨天下午3点付了88元', '88.00'),
  zh('2026-11-26 15:30 支付 128 元失败', '128.00'),
  zh('一千块左右', '1000.00'),
  zh('100美元', '100.00', 'USD'),
  zh('港币 350', '350.00', 'HKD'),
  zh('5000日元', '5000', 'JPY'),
  en('$25', '25.00', 'USD'),
  en('about $25', '25.00', 'USD'),
  en('USD 1,000', '1000.00', 'USD'),
  en('25 dollars', '25.00', 'USD'),
  en('€19.99', '19.99', 'EUR'),
  en('HK$100', '100.00', 'HKD'),
  en('HKD 88.5', '88.50', 'HKD'),
  en('JPY 1,299', '1299', 'JPY'),
  en('KWD 1.250', '1.250', 'KWD'),
  unclear(en('It was 1,299.50', '1299.50')),
  en('I paid 88 yuan', '88.00'),
  en('CN¥1,234.50', '1234.50'),
  en('1,50', '1.50'),
  en('1.234.567,8', '1234567.80'),
  en('999,999,999.99', '999999999.99'),
  { text: '1.234,50 €', locale: 'de-DE', value: '1234.50', currency: 'EUR' },
  { text: '1.234', locale: 'de-DE', value: '1234.00', currency: 'CNY' },
  { text: '1\u202f234,50 €', locale: 'fr-FR', value: '1234.50', currency: 'EUR' },
  { text: "CHF 1'234.50", locale: 'de-CH', value: '1234.50', currency: 'CHF' },
  // A number alone is money in the default currency, whatever its grouping.
  zh('88.5', '88.50'),
  en('1,299', '1299.00'),
  // Taiwan, Hong Kong and Macau: currency words and numerals in Traditional characters.
  tw('新台幣 1,299 元', '1299.00', 'TWD'),
  tw('新臺幣500元', '500.00', 'TWD'),
  tw('台幣 350', '350.00', 'TWD'),
  tw('NTD 1,200', '1200.00', 'TWD'),
  tw('NT$88', '88.00', 'TWD'),
  tw('港幣 88.5', '88.50', 'HKD'),
  tw('港元 200', '200.00', 'HKD'),
  tw('一百蚊', '100.00', 'HKD'),
  tw('澳門幣 100', '100.00', 'MOP'),
  tw('澳門元 50', '50.00', 'MOP'),
  tw('歐元 20', '20.00', 'EUR'),
  tw('美金 30', '30.00', 'USD'),
  tw('30 美元', '30.00', 'USD'),
  tw('人民幣 500 元', '500.00', 'CNY'),
  tw('日圓 5,000', '5000', 'JPY'),
  tw('3000日幣', '3000', 'JPY'),
  tw('兩百元', '200.00'),
  tw('兩千塊', '2000.00'),
  tw('壹佰貳拾元整', '120.00'),
  tw('參佰元', '300.00'),
  tw('一萬', '10000.00'),
  tw('1.5萬', '15000.00'),
  tw('兩萬五千元', '25000.00'),
  tw('三億', '300000000.00'),
  tw('八塊五', '8.50'),
  // Maybe money, not said: asked back.
  unclear(zh('大概 3', '3.00')),
  unclear(en('about 20 I think', '20.00')),
  unclear(en('25 all together', '25.00')),
  unclear(tw('大約 3', '3.00')),
  unclear(tw('應該是兩百左右', '200.00')),
  unclear(zh('试了3次，每次88', '88.00')),
];

const rejectZh = (text: string, reason: AmountRejection): RejectedAmountCase => ({ text, locale: 'zh-CN', reason });
const rejectEn = (text: string, reason: AmountRejection): RejectedAmountCase => ({ text, locale: 'en', reason });

export const rejectedAmounts: readonly RejectedAmountCase[] = [
  rejectZh('', 'empty'),
  rejectZh('   ', 'empty'),
  rejectZh('不知道', 'not-an-amount'),
  rejectZh('我试了三次', 'not-an-amount'),
  rejectZh('一下', 'not-an-amount'),
  rejectEn('NaN', 'not-an-amount'),
  rejectEn('Infinity', 'not-an-amount'),
  rejectEn('50%', 'not-an-amount'),
  rejectEn('a lot', 'not-an-amount'),
  rejectZh('0元', 'zero'),
  rejectZh('零元', 'zero'),
  rejectEn('$0.00', 'zero'),
  rejectZh('-50', 'negative'),
  rejectZh('−¥50', 'negative'),
  rejectZh('¥-50', 'negative'),
  rejectZh('负100元', 'negative'),
  rejectZh('10亿', 'too-large'),
  rejectEn('$1,000,000,000', 'too-large'),
  rejectZh('99999999999', 'too-large'),
  rejectEn('50 or 60', 'ambiguous'),
  rejectZh('50到60元', 'ambiguous'),
  rejectZh('50-60元', 'ambiguous'),
  rejectZh('¥88 还是 ¥98', 'ambiguous'),
  rejectZh('1.234', 'ambiguous'),
  rejectEn('1.234', 'ambiguous'),
  rejectEn('$12.345', 'ambiguous'),
  rejectEn('1,234.5.6', 'not-an-amount'),
  rejectEn('25 BTC', 'unsupported-currency'),
  rejectZh('500积分', 'unsupported-currency'),
  rejectZh('0.5个比特币', 'unsupported-currency'),
  rejectEn('INR 500', 'unsupported-currency'),
  // A digit is not money: markup, counts, references and codes.
  rejectEn('<b>1</b>', 'not-an-amount'),
  rejectZh('交易失败(1)', 'not-an-amount'),
  rejectZh('(1)', 'not-an-amount'),
  rejectZh('我买了3件', 'not-an-amount'),
  rejectEn('3 items', 'not-an-amount'),
  rejectEn('order 12345', 'not-an-amount'),
  rejectZh('订单12345', 'not-an-amount'),
  rejectZh('订单号：12345', 'not-an-amount'),
  rejectEn('#123', 'not-an-amount'),
  rejectZh('错误码 51', 'not-an-amount'),
  rejectEn('error 51', 'not-an-amount'),
  { text: '我買了3個', locale: 'zh-TW', reason: 'not-an-amount' },
  { text: '訂單編號 12345', locale: 'zh-TW', reason: 'not-an-amount' },
  { text: '交易失敗(51)', locale: 'zh-TW', reason: 'not-an-amount' },
  { text: '錯誤碼：51', locale: 'zh-TW', reason: 'not-an-amount' },
  { text: '負100元', locale: 'zh-TW', reason: 'negative' },
];
