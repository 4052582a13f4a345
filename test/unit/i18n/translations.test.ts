import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { locales, toLocale, translationFor } from '../../../src/i18n/index.js';
import { launcherTextFor } from '../../../src/i18n/launcher.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { zhTW } from '../../../src/i18n/zh-TW.js';

type Tree = { [key: string]: unknown };

/** Every leaf of a translation as [path, value]: strings and the functions that build strings. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** Paths in `reference` that `candidate` lacks or leaves empty. */
function missingStrings(reference: Tree, candidate: Tree): string[] {
  const have = new Map(leaves(candidate));
  return leaves(reference)
    .map(([path]) => path)
    .filter((path) => {
      const value = have.get(path);
      if (typeof value === 'function') return !(value as (arg: string) => string)('X-1').trim();
      return typeof value !== 'string' || !value.trim();
    });
}

/*
 * Characters that differ between the two scripts, as pairs that occur in UI text: the simplified
 * form must not appear in zh-TW (a zh-CN string copied over), the traditional one not in zh-CN.
 */
const SIMPLIFIED =
  '帮关发载试单额时间错误话联络号码网择问题经将内转团队邮电们这说开尝过记录请态无败员应处认证么个为会钱银绑账务让现实还没见达议级复输';
const TRADITIONAL =
  '幫關發載試單額時間錯誤話聯絡號碼網擇問題經將內轉團隊郵電們這說開嘗過記錄請態無敗員應處認證麼個為會錢銀綁帳務讓現實還沒見達議級複輸';

function charactersFrom(set: string, translation: Tree): string[] {
  const text = leaves(translation)
    .map(([, value]) => (typeof value === 'function' ? (value as (arg: string) => string)('X-1') : String(value)))
    .join('');
  return [...new Set([...text].filter((char) => set.includes(char)))];
}

describe('UI translations', () => {
  it('has every English string in zh-CN and zh-TW, none empty', () => {
    expect(missingStrings(en as unknown as Tree, zhCN as unknown as Tree)).toEqual([]);
    expect(missingStrings(en as unknown as Tree, zhTW as unknown as Tree)).toEqual([]);
  });

  it('has no string in zh-CN or zh-TW that English lacks (a renamed key left behind)', () => {
    expect(missingStrings(zhCN as unknown as Tree, en as unknown as Tree)).toEqual([]);
    expect(missingStrings(zhTW as unknown as Tree, en as unknown as Tree)).toEqual([]);
  });

  it('has every launcher string (the always-loaded part) in every locale, same as the full translation', () => {
    const reference = launcherTextFor('en') as unknown as Tree;
    for (const locale of locales) {
      const launcher = launcherTextFor(locale) as unknown as Tree;
      expect(missingStrings(reference, launcher), locale).toEqual([]);
      // Each string lives in one place: the always-loaded launcher does not repeat the conversation's.
      const full = translationFor(locale) as unknown as Tree;
      expect(
        Object.keys(launcher).filter((key) => key in full),
        locale,
      ).toEqual([]);
    }
    expect(charactersFrom(SIMPLIFIED, launcherTextFor('zh-TW') as unknown as Tree)).toEqual([]);
  });

  it('notices a missing or empty string', () => {
    const broken = { ...zhTW, send: '', ticket: { ...zhTW.ticket, submit: undefined } };
    expect(missingStrings(en as unknown as Tree, broken as unknown as Tree)).toEqual(['send', 'ticket.submit']);
  });

  it('serves each supported locale its own strings', () => {
    expect(locales).toEqual(['zh-CN', 'zh-TW', 'en']);
    expect(locales.map((locale) => translationFor(locale).send)).toEqual(['发送', '傳送', 'Send']);
  });

  it('writes zh-TW in traditional characters and zh-CN in simplified ones', () => {
    expect(SIMPLIFIED.length).toBe(TRADITIONAL.length);
    expect(charactersFrom(SIMPLIFIED, zhTW as unknown as Tree)).toEqual([]);
    expect(charactersFrom(TRADITIONAL, zhCN as unknown as Tree)).toEqual([]);
  });

  it('uses Taiwan wording in zh-TW, not converted mainland terms', () => {
    const text = leaves(zhTW as unknown as Tree)
      .map(([, value]) => (typeof value === 'function' ? value('X') : value))
      .join('\n');
    // 訊息 not 信息, 聯絡 not 聯繫, 網路 not 網絡, 載入 not 加載, 送出 not 提交.
    expect(text).not.toMatch(/信息|聯繫|網絡|加載|提交/);
    expect(text).toMatch(/訊息/);
  });

  it('puts the reference and the error into the sentences that need them', () => {
    for (const translation of [en, zhCN, zhTW]) {
      expect(translation.ticket.reference('WS-42')).toContain('WS-42');
      const reply = translation.ticket.replyTo('li@example.com', '1 day');
      expect(reply).toContain('li@example.com');
      expect(reply).toContain('1 day');
      expect(translation.ticket.replyTo('li@example.com')).not.toContain('undefined');
      expect(translation.ticket.failed('HTTP 503')).toContain('HTTP 503');
    }
  });

  it('starts the launcher with the contract’s Help / 帮助', () => {
    expect(launcherTextFor('en').help).toMatch(/^Help/);
    expect(launcherTextFor('zh-CN').help).toMatch(/^帮助/);
  });

  it('maps page languages to the three locales', () => {
    expect(['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-CN', 'zh-MO'].map(toLocale)).toEqual(Array(5).fill('zh-TW'));
    expect(['zh', 'zh-CN', 'zh-Hans', 'zh-SG'].map(toLocale)).toEqual(Array(4).fill('zh-CN'));
    expect(['en', 'en-GB', 'fr', '', undefined].map(toLocale)).toEqual(Array(5).fill('en'));
  });
});
