/**
 * The writer's workbench on the demo server (`npm run demo`): save flows/payment-failed.en.md and
 * the running widget and the flow lab show the new words at once, without reloading the page (the
 * lab then walks the widget back to the state it was in, along a known path: demo/lab/live-words.ts). In the demo server each flow text registers itself under its flow and
 * key (flow-words.mjs `live`); when a words file changes, this plugin checks the flow's words
 * again, compiles them, and sends them over Vite's hot-update socket; the page's side (the
 * virtual module below) writes them into the very objects the machine holds, then tells the page
 * with a `wallet-support-flow-words` event. A words file the check refuses shows in Vite's error
 * overlay instead, and the widget keeps the last good words.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileMarkdown } from './compile.mjs';
import { flowOf, inlineFlowWords, LIVE_WORDS, LOCALES } from './flow-words.mjs';

const RESOLVED = `\0${LIVE_WORDS}`;
const EVENT = 'wallet-support:flow-words';
const WORDS_FILE = /[\\/]flows[\\/]([a-z][a-z-]*)\.(?:zh-CN|en|zh-TW)\.md$/;

/** Runs in the page: every live flow text by flow and key, and the hot-update listener. */
const pageModule = `
const texts = new Map();
export function liveWords(flow, key, text) {
  const id = flow + '\\u0000' + key;
  if (!texts.has(id)) texts.set(id, new Set());
  texts.get(id).add(text);
  return text;
}
if (import.meta.hot) {
  import.meta.hot.on(${JSON.stringify(EVENT)}, ({ flow, words }) => {
    const changed = [];
    for (const [key, localized] of Object.entries(words)) {
      for (const text of texts.get(flow + '\\u0000' + key) ?? []) {
        if (JSON.stringify(text) === JSON.stringify(localized)) continue;
        Object.assign(text, localized);
        if (!changed.includes(key)) changed.push(key);
      }
    }
    dispatchEvent(new CustomEvent('wallet-support-flow-words', { detail: { flow, keys: changed } }));
  });
}
`;

/**
 * Each keyed text of a flow with its words compiled as the widget reads them (a tree for md()),
 * by key: `{ 'fixingNetwork.text': { 'zh-CN': […], en: […], 'zh-TW': […] } }`.
 */
export function compiledFlowWords(/** @type {string} */ flowFile) {
  const inlined = inlineFlowWords(readFileSync(flowFile, 'utf8'), flowFile);
  /** @type {Record<string, Record<string, unknown>>} */
  const words = {};
  for (const { key, helper, words: byLocale } of inlined?.texts ?? []) {
    words[key] = Object.fromEntries(
      LOCALES.map((locale, index) => [
        locale,
        helper === 'md' ? compileMarkdown(byLocale[index]).rich : byLocale[index],
      ]),
    );
  }
  return words;
}

/**
 * The hooks of the flow-markdown plugin (plugins.mjs) that serve the page's module and send edited
 * words; they act only while modules are compiled with `live`.
 * @returns {Pick<import('vite').Plugin, 'resolveId' | 'load' | 'handleHotUpdate'>}
 */
export function liveWordsHooks(/** @type {() => boolean} */ isLive) {
  return {
    resolveId: (id) => (id === LIVE_WORDS ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? pageModule : null),
    handleHotUpdate({ file, server }) {
      const match = WORDS_FILE.exec(file);
      if (!match || !isLive()) return undefined;
      const flowFile = join(dirname(file), `${match[1]}.ts`);
      if (!flowOf(flowFile)) return undefined;
      try {
        server.ws.send({ type: 'custom', event: EVENT, data: { flow: match[1], words: compiledFlowWords(flowFile) } });
      } catch (error) {
        const { message } = /** @type {Error} */ (error);
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'flow-markdown', id: file } });
      }
      // The next load of the flow reads the new words; no reload now.
      for (const module of server.moduleGraph.getModulesByFile(flowFile) ?? []) {
        server.moduleGraph.invalidateModule(module);
      }
      return [];
    },
  };
}
