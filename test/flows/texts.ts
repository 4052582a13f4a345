/**
 * Reads the user-visible text out of a flow's definition, without running it: what each state says
 * on entry, its prompt's labels and choices, and what its transitions say or echo. Shared by the
 * locale and seed-coverage tests.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import type { Locale } from '../../src/diagnose/types.js';
import type { StateMeta } from '../../src/engine/context.js';
import { outcomeChoices } from '../../src/engine/outcomes.js';
import { fallbackRejection, rejectionTexts } from '../../src/engine/reasons.js';
import { compileMarkdown } from '../../scripts/flow-markdown/compile.mjs';
import { plainText } from '../../src/engine/rich.js';
import type { Markdown, Text } from '../../src/engine/text.js';

export const locales: readonly Locale[] = ['zh-CN', 'en', 'zh-TW'];

export interface FoundText {
  /** Where the text sits, for the failure message: "fixingNetwork entry", "askingSymptom choice network". */
  where: string;
  /** Its words, as the user reads them. */
  text: Text;
  /** As the flow holds it: plain strings, or compiled markdown for md() texts. */
  source?: Markdown;
}

function isText(value: unknown): value is Markdown {
  return typeof value === 'object' && value !== null && ('zh-CN' in value || 'en' in value);
}

/** Flow markdown arrives compiled (scripts/flow-markdown/): compare its words, as the user reads them. */
export function asPlain(text: Markdown): Text {
  const plain = (rich: Markdown['en'] | undefined) => (rich === undefined ? undefined : plainText(rich));
  return {
    'zh-CN': plain(text['zh-CN'])!,
    en: plain(text.en)!,
    ...(text['zh-TW'] === undefined ? {} : { 'zh-TW': plain(text['zh-TW']) }),
  };
}

/** Text-valued params of actions given as objects (`{ type: 'say', params: { text } }`). */
function actionTexts(actions: readonly unknown[], where: string): FoundText[] {
  return actions.flatMap((action) => {
    const params = (action as { params?: unknown })?.params;
    if (typeof params !== 'object' || params === null) return [];
    return Object.entries(params)
      .filter(([, value]) => isText(value))
      .map(([name, value]) => ({
        where: `${where} ${(action as { type: string }).type}.${name}`,
        text: asPlain(value as Markdown),
        source: value as Markdown,
      }));
  });
}

function promptTexts(node: AnyStateNode): FoundText[] {
  const prompt = (node.meta as StateMeta | undefined)?.prompt;
  if (!prompt) return [];
  const at = (what: string, text: Markdown | undefined) =>
    text ? [{ where: `${node.key} ${what}`, text: asPlain(text), source: text }] : [];
  switch (prompt.kind) {
    case 'choice':
      return prompt.choices.flatMap((choice) => at(`choice ${choice.id}`, choice.label));
    case 'answer':
      return [
        ...at('label', prompt.label),
        ...at('placeholder', prompt.placeholder),
        ...(prompt.choices ?? []).flatMap((choice) => at(`shortcut ${choice.id}`, choice.label)),
        // What the bot may answer when the reply is not understood.
        ...Object.entries(rejectionTexts).flatMap(([reason, text]) => at(`rejection ${reason}`, text)),
        ...at('rejection fallback', fallbackRejection),
      ];
    case 'outcome':
      return Object.entries(outcomeChoices).flatMap(([id, label]) => at(`outcome ${id}`, label));
    default:
      return [];
  }
}

/** What a state says as it is entered (its fix, question or hand-over), in order. */
export function saidOnEntry(node: AnyStateNode): Text[] {
  return actionTexts(node.entry, node.key).map(({ text }) => text);
}

export function textsOf(machine: AnyStateMachine): FoundText[] {
  return getStateNodes(machine).flatMap((node) => [
    ...actionTexts(node.entry, `${node.key} entry`),
    ...promptTexts(node),
    ...[...node.transitions.values()]
      .flat()
      .flatMap((transition) => actionTexts(transition.actions, `${node.key} on ${transition.eventType}`)),
    ...(node.always ?? []).flatMap((transition) => actionTexts(transition.actions, `${node.key} always`)),
  ]);
}

/**
 * Whether marked could read anything in `text` as formatting: emphasis, code, links and
 * autolinks, HTML and entities, escapes, headings, quotes, lists, tables, or a line break (GFM
 * breaks). Text with none of these compiles to itself, so the slow compiler (jsdom, DOMPurify)
 * runs only on what might not.
 */
const markdownTrigger = /[*_`[\]#>~<|&\n\\]|^\s*(?:[-+]|\d+[.)])\s|https?:|www\./m;
export const mayBeFormatting = (text: string) => markdownTrigger.test(text);

/**
 * "where: en" for every plain string that marked would read as formatting: it is shown as text,
 * so the user would see the "**". Compiled md() texts are already trees and pass.
 */
export function formattingInPlainText(found: FoundText[]): string[] {
  return found.flatMap(({ where, text, source }) =>
    locales
      .filter((locale) => {
        const value = (source ?? text)[locale];
        return typeof value === 'string' && mayBeFormatting(value) && typeof compileMarkdown(value).rich !== 'string';
      })
      .map((locale) => `${where}: ${locale}`),
  );
}

/** "where: zh-TW" for every locale a text lacks (missing or blank). */
export function missingTranslations(found: FoundText[]): string[] {
  return found.flatMap(({ where, text }) =>
    locales.filter((locale) => !text[locale]?.trim()).map((locale) => `${where}: ${locale}`),
  );
}

/** Characters only Simplified Chinese uses, and their Traditional counterparts (common ones). */
const simplifiedOnly =
  '这们个钱银络网说请门时问为过发现与绑验证码户账单务统维护设备应还对错误败无会号机额联样么级开关长动从优体变总处头实录态扫换据择报挂损数断显权条来检欢气没状盗种积类纪经结给继续罗节获虽补装觉认讯记许访识话该详语读调负货质购费资车转软较输边达运进远连选邮锁键间闭队际险随隐难页须顾预领频题风马齐龄乐买卖两产亲仅传众击创区卫历压参双员启吗响围图圆场块坏冻释汇线义书见规视让议诉试询谢贴轻钟铁阶陆几';
const traditionalOnly =
  '這們個錢銀絡網說請門時問為過發現與綁驗證碼戶帳賬單務統維護設備應還對錯誤敗無會號機額聯樣麼級開關長動從優體變總處頭實錄態掃換據擇報掛損數斷顯權條來檢歡氣沒狀盜種積類紀經結給繼續羅節獲雖補裝覺認訊記許訪識話該詳語讀調負貨質購費資車轉軟較輸邊達運進遠連選郵鎖鍵間閉隊際險隨隱難頁須顧預領頻題風馬齊齡樂買賣兩產親僅傳眾擊創區衛歷壓參雙員啟嗎響圍圖圓場塊壞凍釋匯線義書見規視讓議訴試詢謝貼輕鐘鐵階陸幾裡';

/** Texts whose zh-TW reads as Simplified Chinese (a copy of zh-CN), or whose zh-CN as Traditional. */
export function wrongScript(found: FoundText[]): string[] {
  return found.flatMap(({ where, text }) => {
    const wrong: string[] = [];
    const simplified = [...(text['zh-TW'] ?? '')].filter((c) => simplifiedOnly.includes(c));
    const traditional = [...text['zh-CN']].filter((c) => traditionalOnly.includes(c));
    if (simplified.length) wrong.push(`${where}: zh-TW has Simplified ${simplified.join('')}`);
    if (traditional.length) wrong.push(`${where}: zh-CN has Traditional ${traditional.join('')}`);
    return wrong;
  });
}
