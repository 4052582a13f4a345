/** The languages every flow speaks, in the order of the calls' arguments (flow-words.mjs). */
export const LOCALES: readonly ['zh-CN', 'en', 'zh-TW'];

/** The demo server's module that keeps each flow text under its key. */
export const LIVE_WORDS: string;

export interface Section {
  text: string;
  line: number;
}

export interface Words {
  file: string;
  sections: Map<string, Section>;
}

export interface KeyedText {
  key: string;
  helper: 't' | 'md';
  words: string[];
}

export function flowOf(fileName: string): string | undefined;
export function wordsFile(flowFile: string, locale: string): string;
export function parseWords(markdown: string, file: string): Words;
export function readFlowWords(flowFile: string): Record<string, Words>;
export function inlineFlowWords(
  code: string,
  fileName: string,
  options?: { live?: boolean },
): { code: string; files: string[]; texts: KeyedText[] } | null;
