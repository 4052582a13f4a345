import type { Locale } from '../shared/types.js';
import type { Translation } from './translation.js';

/**
 * The conversation's strings, one chunk per locale: a page pays for the language its user reads.
 * (index.ts keeps every locale at hand for tests and tools.)
 */
const loaders: Record<Locale, () => Promise<Translation>> = {
  en: () => import('./en.js').then((module) => module.en),
  'zh-CN': () => import('./zh-CN.js').then((module) => module.zhCN),
  'zh-TW': () => import('./zh-TW.js').then((module) => module.zhTW),
};

export function loadTranslation(locale: Locale): Promise<Translation> {
  return loaders[locale]();
}
