/**
 * One normalisation for everything the classifier matches: NFKC (full-width letters, digits and
 * punctuation become ASCII), Traditional characters as Simplified (餘額 is 余额), lower case, CJK
 * brackets as [ ], "_" and "-" as spaces. The result stays index-aligned with the input where it
 * can, so a match is reported as the user typed it.
 */
import { toSimplified } from './to-simplified.js';

export interface MatchText {
  /** Normalised, underscores kept: for codes such as ACQ.BUYER_BALANCE_NOT_ENOUGH. */
  readonly codes: string;
  /** As `codes`, with "_" and "-" read as spaces: for phrases. */
  readonly words: string;
  /** The input's text for a span of the normalised text. */
  original(start: number, end: number): string;
}

const brackets: Readonly<Record<string, string>> = {
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '「': '[',
  '」': ']',
  '『': '[',
  '』': ']',
  '〖': '[',
  '〗': ']',
  '《': '[',
  '》': ']',
  '〈': '[',
  '〉': ']',
  '：': ':',
  '。': '.',
  '、': ',',
  '—': '-',
  '–': '-',
  '\u3000': ' ',
};
const bracketPattern = new RegExp(`[${Object.keys(brackets).join('')}]`, 'g');

function fold(text: string): string {
  // toSimplified maps one character to one, so only NFKC can change the length.
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(bracketPattern, (ch) => brackets[ch] ?? ch);
}

export function toMatchText(input: string): MatchText {
  let codes = fold(input);
  let starts: number[] | undefined;
  if (codes.length !== input.length) {
    // NFKC changed lengths (ligatures, ㍿, decomposed accents): fold code point by code point and
    // remember where each folded character came from.
    starts = [];
    codes = '';
    let at = 0;
    for (const ch of input) {
      const folded = fold(ch);
      for (let i = 0; i < folded.length; i++) starts.push(at);
      codes += folded;
      at += ch.length;
    }
    starts.push(input.length);
  }
  const words = codes.replace(/[_\-]/g, ' ');
  const map = starts;
  return {
    codes,
    words,
    original: map
      ? (start, end) => input.slice(map[start], end < map.length ? map[end] : input.length)
      : (start, end) => input.slice(start, end),
  };
}
