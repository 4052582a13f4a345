/**
 * Traditional Chinese read as Simplified, one character for one, so every word list is written
 * once and a Taiwan or Hong Kong answer ("餘額不足", "新臺幣", "兩千") meets the same words as a
 * mainland one. Lengths never change: an index into the result is an index into the input.
 *
 * The pairs come from OpenCC's data (scripts/generate-t2s.mjs); only those the widget's words
 * need are shipped. Then Taiwan's and Hong Kong's own words for the same thing, where they have
 * as many characters as the mainland's (簡訊 for 短信, 網路 for 网络), are read as the mainland's
 * too, so "網路連線逾時" meets "网络连接超时" in every word list. Wording that differs otherwise
 * (使用者 for 用户, 遭拒) is in the word lists themselves (regional-phrases.ts, triage-keywords.ts).
 */
import { simplified, traditional } from './t2s.generated.js';

/**
 * Taiwan and Hong Kong words (after the character mapping) and the mainland's word for the same
 * thing, of equal length. From OpenCC's Taiwan phrase table (TWPhrasesRev: 網路/網絡, 簡訊/短信,
 * 裝置/設備, 支援/支持, 連線/連接, 訊號/信號, 伺服器/服務器, 聯絡/聯繫) and the Taiwanese and Hong
 * Kong help pages regional-phrases.ts cites (逾時, 儲值/加值, 結餘, 身分, 帳戶, 資料, 辨識). Hong Kong's
 * 增值 stays a word of its own: it is also the 增值 of 增值税 (VAT).
 */
const regionalWords: Readonly<Record<string, string>> = {
  网路: '网络',
  逾时: '超时',
  简讯: '短信',
  连线: '连接',
  装置: '设备',
  支援: '支持',
  资料: '信息',
  讯号: '信号',
  辨识: '识别',
  储值: '充值',
  加值: '充值',
  结余: '余额',
  身分: '身份',
  帐户: '账户',
  帐号: '账号',
  伺服器: '服务器',
  联络: '联系',
};

let table: { pattern: RegExp; map: Map<string, string>; words: RegExp } | undefined;

function build() {
  const map = new Map<string, string>();
  for (let i = 0; i < traditional.length; i++) map.set(traditional[i]!, simplified[i]!);
  return {
    pattern: new RegExp(`[${traditional}]`, 'g'),
    map,
    words: new RegExp(Object.keys(regionalWords).join('|'), 'g'),
  };
}

export function toSimplified(text: string): string {
  // Built on first use: the table costs nothing until someone types.
  table ??= build();
  const { pattern, map, words } = table;
  return text.replace(pattern, (ch) => map.get(ch) ?? ch).replace(words, (word) => regionalWords[word]!);
}
