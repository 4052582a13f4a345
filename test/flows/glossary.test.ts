/**
 * One word for each thing, and Traditional Chinese as Taiwan writes it: docs/glossary.md lists,
 * per locale, the words to use and the words not to; this reads its tables and fails on any flow
 * or engine text that uses a word from a "not" column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/diagnose/types.js';
import { engineTexts } from './engine-texts.js';
import { loadAllFlows } from './graph.js';
import { textsOf, type FoundText } from './texts.js';

interface Rule {
  locale: Locale;
  forbidden: string;
  use: string;
  /** Longer words that contain the forbidden one and are right ("应用商店"). */
  except: string[];
  /** The word is wrong only at the start of an answer button ("提示…"). */
  atButtonStart: boolean;
}

/** The rules in docs/glossary.md: a table per "## locale" heading, columns thing | use | not | except. */
export function glossaryRules(markdown: string): Rule[] {
  const rules: Rule[] = [];
  let locale: Locale | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## (zh-CN|zh-TW|en)\b/.exec(line);
    if (heading) locale = heading[1] as Locale;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (!locale || cells.length !== 4 || cells[0] === 'thing' || /^-+$/.test(cells[0]!)) continue;
    const [, use, not, except] = cells as [string, string, string, string];
    for (const word of not.split(/,\s*/).filter(Boolean)) {
      const atButtonStart = /\(at the start of a button\)/.test(word);
      rules.push({
        locale,
        forbidden: word.replace(/\s*\(.*\)\s*/, ''),
        use,
        except: except
          .split(/,\s*/)
          .map((word) => word.replace(/\s*\(.*\)\s*/, ''))
          .filter(Boolean),
        atButtonStart,
      });
    }
  }
  return rules;
}

const rules = glossaryRules(readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8'));

function breaches(found: FoundText[]): string[] {
  return found.flatMap(({ where, text }) =>
    rules.flatMap((rule) => {
      const said = text[rule.locale];
      if (!said) return [];
      const isButton = / (choice|shortcut|outcome) /.test(` ${where} `);
      if (rule.atButtonStart)
        return isButton && said.startsWith(rule.forbidden)
          ? [`${where} (${rule.locale}): "${rule.forbidden}…" → ${rule.use}`]
          : [];
      const cleaned = rule.except.reduce((rest, word) => rest.replaceAll(word, ''), said);
      const hit =
        rule.locale === 'en'
          ? new RegExp(`\\b${rule.forbidden}\\b`, 'i').test(cleaned)
          : cleaned.includes(rule.forbidden);
      return hit ? [`${where} (${rule.locale}): "${rule.forbidden}" → ${rule.use}`] : [];
    }),
  );
}

const flows = await loadAllFlows();

it('reads rules for every locale from docs/glossary.md', () => {
  expect(new Set(rules.map((rule) => rule.locale))).toEqual(new Set(['zh-CN', 'zh-TW', 'en']));
  expect(rules.find((rule) => rule.forbidden === '应用')?.except).toEqual(['应用商店']);
});

describe.each(flows)('the %s flow', (_problem, machine) => {
  it('uses the glossary words in every locale', () => {
    expect(breaches(textsOf(machine))).toEqual([]);
  });
});

it('uses the glossary words in what the engine says around the flows', () => {
  expect(breaches(engineTexts)).toEqual([]);
});

describe('the glossary check itself', () => {
  it('finds a forbidden word, honours an exception, and checks button starts only on buttons', () => {
    const found: FoundText[] = [
      {
        where: 'fixingApp entry say.text',
        text: { 'zh-CN': '在应用商店更新', en: 'Update it', 'zh-TW': '在 App Store 更新' },
      },
      { where: 'fixingApp entry say.text', text: { 'zh-CN': '重启应用', en: 'Restart', 'zh-TW': '請到網路銀行查看' } },
      { where: 'askingSymptom choice limit', text: { 'zh-CN': '提示超出限额', en: 'Limit', 'zh-TW': '提示超出限額' } },
    ];
    expect(breaches(found)).toEqual([
      'fixingApp entry say.text (zh-CN): "应用" → App (钱包 App, 银行 App)',
      'fixingApp entry say.text (zh-TW): "網路銀行" → 行動銀行 App',
      'askingSymptom choice limit (zh-TW): "提示…" → 顯示…, 畫面顯示…',
    ]);
  });
});
