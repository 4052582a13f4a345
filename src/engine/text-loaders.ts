import type { Locale } from '../diagnose/types.js';

/** What has its own texts: the engine, the reading of answers, the triage, or one flow (by problem id). */
export type TextScope = 'engine' | 'answers' | 'triage' | string;

/**
 * Loads the words of `scope` in `locale` before the conversation uses them. Here, nothing: tests,
 * the demo server and the single-file CDN build keep every language in the modules themselves.
 * The production build replaces this module with one that loads a per-language chunk for each
 * scope (scripts/flow-markdown/split-by-language.mjs, docs/decisions/0008), so a page downloads
 * only its own language's texts.
 */
export async function loadTexts(scope: TextScope, locale: Locale): Promise<void> {
  void scope;
  void locale;
}
