/**
 * A flow's words live beside it, one Markdown file per language (docs/decisions/0017):
 * flows/payment-failed.ts names each text by key, `t('askingError.placeholder')` for plain text
 * and `md('fixingNetwork.text')` for a message, and flows/payment-failed.en.md holds
 *
 *     ## fixingNetwork.text
 *
 *     Payments need a steady connection; …
 *
 * `inlineFlowWords` puts the words back into the module as the three-language calls the rest of
 * the pipeline already reads (`t(zhCN, en, zhTW)`, `md(…)`, transform.mjs and
 * split-by-language.mjs), on the same line, so stack traces keep their line numbers. Before that
 * it checks every key in every language and stops, naming the file and line, for a missing text,
 * a section no machine uses, a duplicate, an empty text, a text left in the machine file, and
 * formatting the allowlist refuses (docs/reliability.md S2) or that a plain text cannot show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { compileMarkdown } from './compile.mjs';
import { importedTextHelpers } from './text-imports.mjs';

/** The languages every flow speaks, in the order of the calls' arguments. */
export const LOCALES = /** @type {const} */ (['zh-CN', 'en', 'zh-TW']);

/** The demo server's module that keeps each flow text under its key (live-words.mjs). */
export const LIVE_WORDS = 'virtual:wallet-support-live-words';
/** A section heading: "## key", where a key is a state, choice or property path such as "fixingNetwork.text". */
const SECTION = /^## +(\S+) *$/;
const KEY = /^[A-Za-z0-9][\w.-]*$/;

/** The flow a module is (flows/payment-failed.ts → "payment-failed"); undefined for any other module. */
export function flowOf(/** @type {string} */ fileName) {
  const match = /(?:^|[\\/])flows[\\/]([a-z][a-z-]*)\.ts$/.exec(fileName);
  return match && match[1] !== 'index' ? match[1] : undefined;
}

/** Where a flow's words in one language live: beside the machine file. */
export function wordsFile(/** @type {string} */ flowFile, /** @type {string} */ locale) {
  return join(dirname(flowFile), `${basename(flowFile, '.ts')}.${locale}.md`);
}

/**
 * @typedef {{ text: string; line: number }} Section
 * @typedef {{ file: string; sections: Map<string, Section> }} Words
 */

/**
 * One language's file: its "## key" sections in order, each with its text (surrounding blank lines
 * trimmed) and the line of its heading. Anything before the first heading is the writer's preface.
 * @param {string} markdown
 * @param {string} file for messages
 * @returns {Words}
 */
export function parseWords(markdown, file) {
  /** @type {Map<string, Section>} */
  const sections = new Map();
  /** @type {{ key: string; line: number; lines: string[] } | undefined} */
  let current;
  const close = () => {
    if (!current) return;
    const text = current.lines.join('\n').trim();
    if (text === '') throw new Error(`${file}:${current.line}: "## ${current.key}" has no text`);
    sections.set(current.key, { text, line: current.line });
  };
  // A byte-order mark an editor left at the start would hide the first heading.
  markdown
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((content, index) => {
      const heading = SECTION.exec(content);
      if (!heading) {
        if (content.startsWith('## ')) throw new Error(`${file}:${index + 1}: a section heading is "## key", one word`);
        current?.lines.push(content);
        return;
      }
      close();
      const key = heading[1];
      if (!KEY.test(key)) throw new Error(`${file}:${index + 1}: "${key}" is not a text key (letters, digits, . - _)`);
      if (sections.has(key)) {
        throw new Error(`${file}:${index + 1}: "## ${key}" is here twice (first at line ${sections.get(key)?.line})`);
      }
      current = { key, line: index + 1, lines: [] };
    });
  close();
  return { file, sections };
}

/** Every language's words of a flow, read from disk. @returns {Record<string, Words>} */
export function readFlowWords(/** @type {string} */ flowFile) {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const file = wordsFile(flowFile, locale);
      const shown = displayPath(file);
      if (!existsSync(file)) throw new Error(`${shown}: missing; every flow has its words in ${LOCALES.join(', ')}`);
      return [locale, parseWords(readFileSync(file, 'utf8'), shown)];
    }),
  );
}

/**
 * @typedef {{ key: string; helper: 't' | 'md'; words: string[] }} KeyedText
 */

/**
 * A flow module with its keys replaced by the words of every language, or null for any other module.
 * `files`: the words files read, for a dev server to watch; `texts`: each keyed text with its words,
 * in LOCALES order. `live` (the demo server): each text also registers itself under its key, so
 * an edited words file reaches the running widget without a reload (live-words.mjs).
 * @param {string} code
 * @param {string} fileName
 * @param {{ live?: boolean }} [options]
 * @returns {{ code: string; files: string[]; texts: KeyedText[] } | null}
 */
export function inlineFlowWords(code, fileName, { live = false } = {}) {
  if (!flowOf(fileName)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const helpers = importedTextHelpers(source);
  if (helpers.size === 0) return null;
  // Web Test Runner names a module by its path from the server's root (/flows/payment-failed.ts).
  const onDisk = existsSync(fileName) ? fileName : join(repository, fileName);
  const words = readFlowWords(onDisk);
  const machineFile = displayPath(onDisk);

  /** @type {{ start: number; end: number; text: string }[]} */
  const replacements = [];
  /** @type {KeyedText[]} */
  const texts = [];
  const used = new Set();
  const flow = flowOf(fileName);
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
      const helper = /** @type {'t' | 'md'} */ (helpers.get(node.expression.text));
      const at = `${machineFile}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
      const [argument, ...rest] = node.arguments;
      if (rest.length > 0 || !argument || !ts.isStringLiteralLike(argument)) {
        throw new Error(
          `${at}: a flow file names its texts by key, ${helper}('key'); the words go in ${LOCALES.map((locale) => basename(wordsFile(fileName, locale))).join(', ')}`,
        );
      }
      const key = argument.text;
      used.add(key);
      const keyWords = LOCALES.map((locale) => wordText(words[locale], key, helper, at));
      texts.push({ key, helper, words: keyWords });
      const call = `${node.expression.text}(${keyWords.map((text) => JSON.stringify(text)).join(', ')})`;
      replacements.push({
        start: node.getStart(source),
        end: node.getEnd(),
        text: live ? `__liveWords(${JSON.stringify(flow)}, ${JSON.stringify(key)}, ${call})` : call,
      });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  for (const locale of LOCALES) {
    for (const [key, section] of words[locale].sections) {
      if (!used.has(key))
        throw new Error(`${words[locale].file}:${section.line}: "## ${key}" is not used by ${machineFile}`);
    }
  }
  let result = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  // On the first line, so every other line keeps its number.
  if (live) result = `import { liveWords as __liveWords } from ${JSON.stringify(LIVE_WORDS)}; ${result}`;
  return { code: result, files: LOCALES.map((locale) => wordsFile(onDisk, locale)), texts };
}

/** One key's text in one language, checked as the helper that uses it will show it. */
function wordText(
  /** @type {Words} */ words,
  /** @type {string} */ key,
  /** @type {'t' | 'md'} */ helper,
  /** @type {string} */ usedAt,
) {
  const section = words.sections.get(key);
  if (!section) throw new Error(`${words.file}: no "## ${key}" section (the text used at ${usedAt})`);
  const at = `${words.file}:${section.line}`;
  const { rich, dropped } = compileMarkdown(section.text);
  if (dropped.length > 0) {
    throw new Error(`${at}: "${key}" may not use ${dropped.join(', ')} (docs/reliability.md S2)`);
  }
  if (!VISIBLE.test(wordsIn(rich))) {
    throw new Error(`${at}: "${key}" shows nothing (only spaces, an empty quote, list or code block)`);
  }
  if (helper === 't' && typeof rich !== 'string') {
    throw new Error(
      `${at}: "${key}" is plain text (a label, title or placeholder: ${usedAt}), but reads as formatting: ${JSON.stringify(rich)}`,
    );
  }
  return section.text;
}

/** Something a person can see: not a space, a no-break space or a zero-width character. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/u;

/** The words of a compiled text (a link's address is not shown, its words are). */
function wordsIn(/** @type {unknown} */ rich) {
  if (typeof rich === 'string') return rich;
  if (!Array.isArray(rich)) return '';
  const [tag, ...children] = rich;
  if (typeof tag !== 'string') return rich.map(wordsIn).join('');
  return (tag === 'a' ? children.slice(1) : children).map(wordsIn).join('');
}

const repository = resolve(import.meta.dirname, '..', '..');

/** A path as people read it in messages: from the repository when inside it. */
function displayPath(/** @type {string} */ file) {
  const inside = relative(repository, file);
  return inside.startsWith('..') ? file : inside.replaceAll('\\', '/');
}
