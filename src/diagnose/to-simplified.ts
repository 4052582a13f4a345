/**
 * Traditional Chinese read as Simplified, one character for one, so every word list is written
 * once and a Taiwan or Hong Kong answer ("餘額不足", "新臺幣", "兩千") meets the same words as a
 * mainland one. Lengths never change: an index into the result is an index into the input.
 *
 * The pairs come from OpenCC's data (scripts/generate-t2s.mjs); only those the widget's words
 * need are shipped. Wording that differs beyond characters (簡訊 for 短信, 網路 for 网络) is in
 * the word lists themselves (regional-phrases.ts, triage-keywords.ts).
 */
import { simplified, traditional } from './t2s.generated.js';

let table: { pattern: RegExp; map: Map<string, string> } | undefined;

function build() {
  const map = new Map<string, string>();
  for (let i = 0; i < traditional.length; i++) map.set(traditional[i]!, simplified[i]!);
  return { pattern: new RegExp(`[${traditional}]`, 'g'), map };
}

export function toSimplified(text: string): string {
  // Built on first use: the table costs nothing until someone types.
  table ??= build();
  const { pattern, map } = table;
  return text.replace(pattern, (ch) => map.get(ch) ?? ch);
}
