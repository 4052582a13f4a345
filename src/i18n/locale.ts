import type { Locale } from '../shared/types.js';

/**
 * Maps any BCP 47 tag to a supported locale: Traditional Chinese, other Chinese, else English.
 * Apart from the translations so the launcher can pick a locale without loading them.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (!lower.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-TW' : 'zh-CN';
}
