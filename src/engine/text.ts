import type { Locale } from '../diagnose/types.js';

/**
 * A piece of flow text in every locale the widget speaks. zh-TW stays optional in the type so
 * modules outside the flows can adopt it gradually; `localize` falls back to zh-CN so a bubble is
 * never empty, and test/flows/locales.test.ts fails for any flow text without its zh-TW.
 */
export interface Text {
  'zh-CN': string;
  en: string;
  'zh-TW'?: string;
}

export function localize(text: Text, locale: Locale): string {
  if (locale === 'zh-TW') return text['zh-TW'] ?? text['zh-CN'];
  return text[locale];
}

/** Shorthand that keeps flow files readable: `t('余额不足', 'Not enough balance', '餘額不足')`. */
export function t(zhCN: string, en: string, zhTW?: string): Text {
  return zhTW === undefined ? { 'zh-CN': zhCN, en } : { 'zh-CN': zhCN, en, 'zh-TW': zhTW };
}
