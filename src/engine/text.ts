import type { Locale } from '../diagnose/types.js';
import type { Rich } from './rich.js';

/**
 * A piece of flow text in every locale the widget speaks. zh-TW stays optional in the type so
 * modules outside the flows can adopt it gradually; `localize` falls back to zh-CN so a bubble is
 * never empty, and test/flows/locales.test.ts fails for any flow text without its zh-TW.
 */
export interface Localized<T> {
  'zh-CN': T;
  en: T;
  'zh-TW'?: T;
}

/** Plain text: labels, titles, placeholders, short messages. */
export type Text = Localized<string>;

/** A message that may use markdown; compiled at build time, so it arrives as {@link Rich}. */
export type Markdown = Localized<Rich>;

export function localize<T>(text: Localized<T>, locale: Locale): T {
  if (locale === 'zh-TW') return text['zh-TW'] ?? text['zh-CN'];
  return text[locale];
}

function inEveryLocale<T>(zhCN: T, en: T, zhTW?: T): Localized<T> {
  return zhTW === undefined ? { 'zh-CN': zhCN, en } : { 'zh-CN': zhCN, en, 'zh-TW': zhTW };
}

/**
 * Plain text (labels, titles, placeholders, short messages) in every language. Engine modules write
 * the words side by side, `t('余额不足', 'Not enough balance', '餘額不足')`; a flow names its text by
 * key, `t('askingError.placeholder')`, and its words live beside it, one file per language
 * (flows/<flow>.<locale>.md): the build puts them in before anything runs (docs/decisions/0017).
 */
export function t(key: string): Text;
export function t(zhCN: string, en: string, zhTW?: string): Text;
export function t(zhCN: string, en?: string, zhTW?: string): Text {
  // A key alone never reaches here: every tool that loads a flow runs the plugin that puts its words in.
  return inEveryLocale(zhCN, en as string, zhTW);
}

/**
 * A message with formatting, literal text only: `md('**先查订单**：…', '**Check the order**: …', '…')`,
 * or in a flow `md('fixingNetwork.text')`. The build (scripts/flow-markdown/) replaces each text with
 * its compiled tree, which is what this receives at run time; it refuses anything else, and
 * formatting in a plain `t()`.
 */
export function md(key: string): Markdown;
export function md(zhCN: Rich, en: Rich, zhTW?: Rich): Markdown;
export function md(zhCN: Rich, en?: Rich, zhTW?: Rich): Markdown {
  return inEveryLocale(zhCN, en as Rich, zhTW);
}

/**
 * The words of texts the production build moved out of their modules, one table per module and
 * locale (docs/decisions/0008): each `t()`/`md()` call with literal text becomes `textRef(module,
 * n)`, and a per-language chunk fills the table before the conversation needs it (text-loaders.ts).
 */
const registry = new Map<string, Partial<Record<Locale, readonly unknown[]>>>();

/** Called by the build's per-language chunks. */
export function registerTexts(module: string, locale: Locale, texts: readonly unknown[]): void {
  registry.set(module, { ...registry.get(module), [locale]: texts });
}

/** A text whose words are looked up when read, in whichever locale has been loaded. */
export function textRef<T>(module: string, index: number): Localized<T> {
  const read = (locale: Locale) => registry.get(module)?.[locale]?.[index] as T;
  return {
    get 'zh-CN'() {
      return read('zh-CN');
    },
    get en() {
      return read('en');
    },
    get 'zh-TW'() {
      return read('zh-TW');
    },
  };
}
