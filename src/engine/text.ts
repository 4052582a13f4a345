import type { Locale } from '../diagnose/types.js';

/**
 * A piece of flow text in every locale the widget speaks. zh-TW falls back to zh-CN until a flow
 * carries its own traditional text, so a flow never shows an empty bubble.
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

/** Shorthand that keeps flow files readable: `t('余额不足', 'Not enough balance')`. */
export function t(zhCN: string, en: string, zhTW?: string): Text {
  return zhTW === undefined ? { 'zh-CN': zhCN, en } : { 'zh-CN': zhCN, en, 'zh-TW': zhTW };
}
