import type { Locale } from '../diagnose/types.js';
import { en } from './en.js';
import type { Translation } from './translation.js';
import { zhCN } from './zh-CN.js';

export type { Translation } from './translation.js';

export const locales = ['zh-CN', 'zh-TW', 'en'] as const satisfies readonly Locale[];

const translations: Record<Locale, Translation> = { 'zh-CN': zhCN, 'zh-TW': zhCN, en };

export function translationFor(locale: Locale): Translation {
  return translations[locale];
}

/** Maps any BCP 47 tag to a supported locale: Traditional Chinese, other Chinese, else English. */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (!lower.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-TW' : 'zh-CN';
}
