import type { Locale } from '../shared/types.js';
import { en } from './en.js';
import type { Translation } from './translation.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

export type { Translation } from './translation.js';

export const locales = ['zh-CN', 'zh-TW', 'en'] as const satisfies readonly Locale[];

const translations: Record<Locale, Translation> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function translationFor(locale: Locale): Translation {
  return translations[locale];
}

export { toLocale } from './locale.js';
