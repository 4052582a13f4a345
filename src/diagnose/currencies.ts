/**
 * Which currencies an amount can be in, how users write them, and how many minor units each has.
 * Markers are matched on NFKC-normalised, Simplified (toSimplified), lower-cased text: so ￥ is ¥,
 * ＄ is $, and 新臺幣, 港幣, 澳門幣, 歐元, 人民幣 and 英鎊 are the 新台币, 港币, 澳门币, 欧元, 人民币
 * and 英镑 below.
 */

/**
 * Currencies a ticket can carry. The product serves Chinese wallets, so this is the mainland and
 * its neighbours plus the currencies cards are commonly charged in abroad. KWD is here because it
 * has three minor units and keeps the formatting honest.
 */
export const supportedCurrencies = [
  'CNY',
  'HKD',
  'MOP',
  'TWD',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'KRW',
  'SGD',
  'AUD',
  'CAD',
  'CHF',
  'KWD',
] as const;
export type SupportedCurrency = (typeof supportedCurrencies)[number];

/**
 * With no currency written, the amount is in CNY, whatever the UI language: an English UI is still
 * a Chinese wallet, and a bare "25" typed there is far more likely yuan than dollars.
 */
export const defaultCurrency: SupportedCurrency = 'CNY';

/** `null` marks something recognisably money-like that a ticket cannot carry. */
export type MarkerCurrency = SupportedCurrency | null;

export interface CurrencyMarker {
  readonly text: string;
  readonly currency: MarkerCurrency;
  /**
   * Whether the marker alone, anywhere in the answer, says what currency a bare number is in
   * (金额(元)：88). Slang and short words (块, 刀, 欧) only count right next to the number.
   */
  readonly standalone: boolean;
  /** Matched against the text as typed rather than lower-cased (see {@link otherIsoCodes}). */
  readonly upperCaseOnly?: boolean;
}

const marker = (text: string, currency: MarkerCurrency, standalone = true): CurrencyMarker => ({
  text,
  currency,
  standalone,
});

/**
 * The yen sign means yuan here: the same glyph serves both, and in a Chinese wallet it is yuan.
 * Users paying in yen write JPY, 日元 or 円. "$" alone is the US dollar in every locale.
 */
const markers: readonly CurrencyMarker[] = [
  marker('cn¥', 'CNY'),
  marker('¥', 'CNY'),
  marker('rmb', 'CNY'),
  marker('cny', 'CNY'),
  marker('人民币', 'CNY'),
  marker('元', 'CNY'),
  marker('圆', 'CNY'),
  marker('块钱', 'CNY', false),
  marker('块', 'CNY', false),
  marker('yuan', 'CNY'),
  marker('hk$', 'HKD'),
  marker('hkd', 'HKD'),
  marker('港币', 'HKD'),
  marker('港元', 'HKD'),
  // Hong Kong's spoken dollar: "一百蚊" is HK$100.
  marker('港纸', 'HKD', false),
  marker('蚊', 'HKD', false),
  marker('mop$', 'MOP'),
  marker('mop', 'MOP'),
  marker('澳门币', 'MOP'),
  marker('澳门元', 'MOP'),
  // NTD is how Taiwan writes its dollar in Latin letters, though the ISO code is TWD.
  marker('nt$', 'TWD'),
  marker('ntd', 'TWD'),
  marker('twd', 'TWD'),
  marker('新台币', 'TWD'),
  marker('台币', 'TWD'),
  marker('us$', 'USD'),
  marker('$us', 'USD'),
  marker('usd', 'USD'),
  marker('$', 'USD'),
  marker('美元', 'USD'),
  marker('美金', 'USD'),
  marker('刀', 'USD', false),
  marker('dollars', 'USD'),
  marker('dollar', 'USD'),
  marker('bucks', 'USD', false),
  marker('€', 'EUR'),
  marker('eur', 'EUR'),
  marker('euros', 'EUR'),
  marker('euro', 'EUR'),
  marker('欧元', 'EUR'),
  marker('欧', 'EUR', false),
  marker('£', 'GBP'),
  marker('gbp', 'GBP'),
  marker('英镑', 'GBP'),
  // 日圓/日圆 and 日幣 are how Taiwan and Hong Kong write the yen; 韓圓 and 加幣 likewise. (澳幣 is
  // left out: the Australian dollar in Taiwan, often the pataca in Hong Kong and Macau.)
  marker('jp¥', 'JPY'),
  marker('jpy', 'JPY'),
  marker('日元', 'JPY'),
  marker('日圆', 'JPY'),
  marker('日币', 'JPY'),
  marker('円', 'JPY'),
  marker('₩', 'KRW'),
  marker('krw', 'KRW'),
  marker('韩元', 'KRW'),
  marker('韩圆', 'KRW'),
  marker('s$', 'SGD'),
  marker('sgd', 'SGD'),
  marker('新币', 'SGD'),
  marker('新加坡元', 'SGD'),
  marker('新加坡币', 'SGD'),
  marker('a$', 'AUD'),
  marker('aud', 'AUD'),
  marker('澳元', 'AUD'),
  marker('c$', 'CAD'),
  marker('cad', 'CAD'),
  marker('加元', 'CAD'),
  marker('加币', 'CAD'),
  marker('chf', 'CHF'),
  marker('瑞郎', 'CHF'),
  marker('kwd', 'KWD'),
  // Money-like, but nothing a support ticket can be raised in.
  marker('btc', null),
  marker('eth', null),
  marker('usdt', null),
  marker('比特币', null),
  marker('以太坊', null),
  marker('泰达币', null),
  marker('积分', null),
  marker('q币', null),
  marker('金币', null),
  marker('卢布', null),
  marker('卢比', null),
  marker('₹', null),
  marker('₽', null),
  marker('₿', null),
  marker('฿', null),
  marker('₫', null),
];

const supportedSet = new Set<string>(supportedCurrencies);

/**
 * Every other ISO 4217 code the runtime knows is recognised, and rejected as unsupported. Only in
 * capitals: in lower case too many are words ("25 all together", "try 50").
 */
const otherIsoCodes: readonly CurrencyMarker[] = (() => {
  const codes: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return codes
    .filter((code) => !supportedSet.has(code))
    .map((code) => ({ text: code, currency: null, standalone: false, upperCaseOnly: true }));
})();

/** Longest first, so "hk$" wins over "$" and "美元" over "元". */
export const currencyMarkers: readonly CurrencyMarker[] = [...markers, ...otherIsoCodes].sort(
  (a, b) => b.text.length - a.text.length,
);

/**
 * ISO 4217 minor units of the supported currencies (the same as Intl's). Kept as data because the
 * first `Intl.NumberFormat` with a currency loads ICU's currency tables: about 12 ms, on the very
 * turn the user types an amount. A test checks the table against Intl.
 */
export const supportedMinorUnits: Readonly<Record<SupportedCurrency, number>> = {
  CNY: 2,
  HKD: 2,
  MOP: 2,
  TWD: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  SGD: 2,
  AUD: 2,
  CAD: 2,
  CHF: 2,
  KWD: 3,
};

const minorUnitCache = new Map<string, number>(Object.entries(supportedMinorUnits));

/** Decimal places of the currency's minor unit, as Intl knows them (JPY 0, CNY 2, KWD 3). */
export function minorUnits(currency: string): number {
  let digits = minorUnitCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorUnitCache.set(currency, digits);
  }
  return digits;
}
