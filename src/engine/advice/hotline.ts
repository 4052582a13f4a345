/**
 * The provider's own hotline, when the host page gives it (`support-phone`): people whose money
 * is missing want a person on the phone, and only the provider knows its number.
 */
import type { Locale } from '../../diagnose/types.js';
import type { Facts } from '../context.js';
import { element as h, type Rich } from '../rich.js';

export function hotlineAdvice(facts: Facts, locale: Locale): Rich | undefined {
  const phone = facts.supportPhone;
  if (!phone) return undefined;
  const call = h('a', `tel:${phone.replace(/[^\d+]/g, '')}`, phone);
  const sentence: Record<Locale, Rich> = {
    'zh-CN': [h('p', '您也可以拨打官方客服电话 ', h('strong', call), '。')],
    'zh-TW': [h('p', '您也可以撥打官方客服電話 ', h('strong', call), '。')],
    en: [h('p', 'You can also call the official support line: ', h('strong', call), '.')],
  };
  return sentence[locale];
}
