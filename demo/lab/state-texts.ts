/**
 * The words of one state, read from its machine definition: what it says on entry, what it asks,
 * its buttons, placeholder and quick answers, and what its transitions say or record. The writer's
 * workbench (workbench.ts) shows them side by side in every language; the chart (state-chart.ts)
 * shows a short summary. Pure: no DOM, so it is unit-tested in Node.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import type { AnyStateNode } from 'xstate';
import type { Locale } from '../../src/diagnose/types.js';
import type { StateMeta } from '../../src/engine/context.js';
import { outcomeChoices } from '../../src/engine/outcomes.js';
import { plainText, type Rich, type RichNode } from '../../src/engine/rich.js';
import type { Localized } from '../../src/engine/text.js';

export const textLocales = ['zh-CN', 'en', 'zh-TW'] as const satisfies readonly Locale[];

/** What a text is for in its state. */
export type TextRole = 'says' | 'asks' | 'placeholder' | 'choice' | 'suggestion' | 'title';

export interface StateText {
  role: TextRole;
  /** The choice's id, for a button. */
  id?: string;
  /** As the flow holds it (markdown arrives compiled, as {@link Rich}), so a summary can find its bold words. */
  source: Localized<Rich | undefined>;
  /** Its words per locale, as the person reads them; undefined where the translation is missing. */
  words: Partial<Record<Locale, string>>;
}

function isLocalized(value: unknown): value is Localized<Rich> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('zh-CN' in value || 'en' in value);
}

function wordsOf(source: Localized<Rich | undefined>): Partial<Record<Locale, string>> {
  const words: Partial<Record<Locale, string>> = {};
  for (const locale of textLocales) {
    const rich = source[locale];
    if (rich !== undefined) words[locale] = plainText(rich);
  }
  return words;
}

/** Texts found in an action's params (`{ type: 'say', params: { text } }`), in order. */
function actionTexts(actions: readonly unknown[], role: (type: string) => TextRole | undefined): StateText[] {
  return actions.flatMap((action) => {
    const { type, params } = (action ?? {}) as { type?: string; params?: Record<string, unknown> };
    const as = type ? role(type) : undefined;
    if (!as || !params) return [];
    return Object.values(params)
      .filter(isLocalized)
      .map((source) => ({ role: as, source, words: wordsOf(source) }));
  });
}

const entryRoles: Record<string, TextRole> = { say: 'says', askQuestion: 'asks', sayIfAnyUnknown: 'says' };
/** On a transition: what is said on the way (a suspected cause), and a fix's title for the ticket. */
const transitionRoles: Record<string, TextRole> = { say: 'says', recordFixTried: 'title' };

function labelled(role: TextRole, id: string | undefined, source: Localized<Rich>): StateText {
  return { role, ...(id === undefined ? {} : { id }), source, words: wordsOf(source) };
}

function promptTexts(node: AnyStateNode): StateText[] {
  const prompt = (node.meta as StateMeta | undefined)?.prompt;
  switch (prompt?.kind) {
    case 'choice':
      return prompt.choices.map((choice) => labelled('choice', choice.id, choice.label));
    case 'answer':
      return [
        ...(prompt.placeholder ? [labelled('placeholder', undefined, prompt.placeholder)] : []),
        ...(prompt.choices ?? []).map((choice) => labelled('choice', choice.id, choice.label)),
        ...(prompt.suggestions ?? []).map((suggestion) => labelled('suggestion', undefined, suggestion)),
      ];
    case 'outcome':
      return Object.entries(outcomeChoices).map(([id, label]) => labelled('choice', id, label));
    default:
      return [];
  }
}

/** Every text of a state, each once: on entry, then its prompt, then its transitions. */
export function stateTexts(node: AnyStateNode): StateText[] {
  const transitions = [...node.transitions.values()].flat().concat(node.always ?? []);
  const found = [
    ...actionTexts(node.entry, (type) => entryRoles[type]),
    ...promptTexts(node),
    ...transitions.flatMap((transition) => actionTexts(transition.actions, (type) => transitionRoles[type])),
  ];
  const seen = new Set<string>();
  return found.filter(({ role, words }) => {
    const key = JSON.stringify([role === 'title' ? role : 'any', words]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Why a translation needs a writer's eye: `missing` (absent or blank), or `unchanged` (a zh-TW
 * that is the zh-CN text although some of its characters are written differently in Traditional
 * script, or an English text still in Chinese).
 */
export type TranslationMark = 'missing' | 'unchanged';

/**
 * Simplified characters written differently in Traditional script, from OpenCC's character table
 * (the dictionary the project already uses for its t2s tables: scripts/generate-t2s.mjs). Lines
 * read "simplified traditional…", separated by "|".
 */
const differsInTraditional: ReadonlySet<string> = new Set(
  (STCharacters as string)
    .split('|')
    .map((entry) => entry.split(' '))
    .filter(([simplified, ...traditional]) => simplified && !traditional.includes(simplified))
    .map(([simplified]) => simplified!),
);

const han = /\p{Script=Han}/gu;
const latin = /[A-Za-z]/g;

function hasScriptDifference(text: string): boolean {
  return [...text].some((character) => differsInTraditional.has(character));
}

function stillChinese(text: string): boolean {
  return (text.match(han)?.length ?? 0) > (text.match(latin)?.length ?? 0);
}

export function translationMarks(words: Partial<Record<Locale, string>>): Partial<Record<Locale, TranslationMark>> {
  const marks: Partial<Record<Locale, TranslationMark>> = {};
  for (const locale of textLocales) if (!words[locale]?.trim()) marks[locale] = 'missing';
  const [zhCN, zhTW, en] = [words['zh-CN'], words['zh-TW'], words.en];
  if (zhCN && zhTW === zhCN && hasScriptDifference(zhCN)) marks['zh-TW'] = 'unchanged';
  if (en?.trim() && stillChinese(en)) marks.en = 'unchanged';
  return marks;
}

/**
 * A fix's headline: the bold words it opens with ("**Check the records** first"). Bold words
 * further in stress a detail ("a **tier** limit"), not what the fix is.
 */
function openingStrong(rich: Rich): string | undefined {
  let first: RichNode | undefined = typeof rich === 'string' ? rich : rich[0];
  while (Array.isArray(first) && first[0] !== 'strong') first = first[1];
  return Array.isArray(first) ? plainText(first.slice(1)).trim() || undefined : undefined;
}

/** Splits after a full stop, question or exclamation mark, in either script. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s*/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** "Yes, that's it / No, something else": a list that asks nothing of its own (the question came before). */
function choicesInBrief(node: AnyStateNode, locale: Locale): string | undefined {
  const choices = promptTexts(node).filter((text) => text.role === 'choice');
  return choices.length
    ? choices.map((choice) => choice.words[locale] ?? choice.words['zh-CN']).join(' / ')
    : undefined;
}

/**
 * What the state says or asks, in a few words: a fix's bold headline, else the question it asks,
 * else its first sentence; its buttons if it only offers them. Undefined for a state that says nothing
 * (a diagnosis, a router).
 */
export function stateSummary(node: AnyStateNode, locale: Locale): string | undefined {
  // On entry only: a diagnosis says a suspected cause on its way out, which is not what it does.
  const [first] = actionTexts(node.entry, (type) => entryRoles[type]);
  if (!first) return choicesInBrief(node, locale);
  const isFix = (node.meta as StateMeta | undefined)?.prompt?.kind === 'outcome';
  const rich = first.source[locale] ?? first.source['zh-CN'];
  const words = first.words[locale] ?? first.words['zh-CN'] ?? '';
  const headline = isFix && rich !== undefined ? openingStrong(rich) : undefined;
  if (headline) return headline;
  // The opening paragraph: a list below it is the detail.
  const opening = words.split(/\n/)[0]!.replace(/[:：]\s*$/u, '');
  const all = sentences(opening.replace(/\s+/g, ' '));
  return all.find((sentence) => /[?？]$/.test(sentence)) ?? all[0];
}
