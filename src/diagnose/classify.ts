/**
 * Diagnoses the likely cause of a failed payment from the error the user pasted or the host
 * passed: response codes of every system in docs/domain.md §2, and free Chinese and English phrasing.
 */
import { classifyByHostCode, EXPLICIT_CODE, hostCodeMeaning, mentionsAdyen } from './classify-code.js';
import { lookupCode } from './codes.js';
import { codeFamilies } from './error-codes.js';
import { phraseGroups } from './error-phrases.js';
import { toMatchText } from './match-text.js';
import type { MatchText } from './match-text.js';
import { buildPhraseIndex } from './phrase-index.js';
import { regionalPhraseGroups } from './regional-phrases.js';
import type { CauseId, Classification } from './types.js';

/** A code the text marks as one: "(51)", "错误码：51", "code=NOTENOUGH", or a distinctive name. */
const CODE_IN_TEXT = 0.9;
/** A two-digit number leading the message, "05 - Do not honor", "51 余额不足". */
const LEADING_CODE = 0.85;
/** Two independent hints agreeing (a code and a phrase) make the cause a little surer. */
export const AGREEMENT_BONUS = 0.05;
/** Two causes about as likely as each other: lower the confidence so the flow asks. */
export const CONFLICT_FACTOR = 0.75;
export const CONFLICT_MARGIN = 0.1;

/** One hint found in the message; exported for the lab's explanation (explain.ts) only. */
export interface Signal {
  cause: CauseId;
  confidence: number;
  start: number;
  end: number;
  /** Found as a code ("(05)", "code=NOTENOUGH"), not as a phrase. */
  code?: true;
}

const findPhrases = buildPhraseIndex([...phraseGroups, ...regionalPhraseGroups], (phrase) => toMatchText(phrase).words);

const codeKeyword = [
  // Matched on Simplified text (toMatchText), so 錯誤碼 and 回應碼 are here too.
  '错误码',
  '错误代码',
  '错误编号',
  '错误号',
  '返回码',
  '返回代码',
  '应答码',
  '响应码',
  '响应代码',
  '回应码',
  '拒绝码',
  '结果码',
  '状态码',
  '代码',
  'http',
  'status\\s*code',
  'status',
  'error\\s*code',
  'err\\s*code',
  'errcode',
  'err_code',
  'response\\s*code',
  'resp\\s*code',
  'reason\\s*code',
  'refusal\\s*reason\\s*code',
  'refusalreasoncode',
  'decline\\s*code',
  'decline_code',
  'sub_code',
  'subcode',
  'result\\s*code',
  'return\\s*code',
  'error',
  'err',
  'rc',
  'code',
].join('|');
const codeAfterKeyword = new RegExp(
  `(?<![a-z])(?:${codeKeyword})(?:[\\s"':=#\\[(]|is\\b|为|是|no\\.)*([a-z0-9][a-z0-9_.]*)`,
  'dg',
);
const codeInBrackets = /[[(]\s*([a-z0-9][a-z0-9_.]*)\s*[\])]/dg;
/** A whole answer that is only a code: "51", "(05)", or an HTTP status page's "503". */
const wholeTextCode = /^\s*[[(]?\s*(\d{1,2}|503)\s*[\])]?\s*\.?\s*$/d;
/** "51 余额不足", "05 - Do not honor"; not a date or a time ("12-05", "14:32"). */
const leadingCode = /^\s*(\d{2})\s*(?:[-:|](?!\s*\d)|(?=[\u4e00-\u9fff]))/d;
/**
 * "交易失败 05", "Payment failed 05", "Declined 05": a code ending the message right after a word of
 * failure or refusal (败, 拒, 绝; failed, declined, refused, rejected), which alone names the cause (05 is the
 * issuer's refusal, docs/domain.md §2a, S16, S17). Only after such a word: "余额: 41" is an amount,
 * and a time's "14:05" or a date's "12-05" is no code.
 */
const trailingCode = /(?:[败拒绝]|\b(?:fail|declin|refus|reject)ed)\s*[\s,:-]\s*(\d{2})\s*[.!。！]?\s*$/dg;
/** "51元", "05月": a number before these is an amount or a date, not a code. */
const unitAfterNumber = /^\s*[元块月日号点时分秒年个次笔天周岁张位人倍折%]/;
const codeToken = /[a-z0-9]+(?:[._][a-z0-9]+)*/g;

/** Never throws: an error message the widget cannot read is simply "unknown". */
export function classifyError(text: string, code?: string): Classification {
  try {
    return classify(typeof text === 'string' ? text : '', typeof code === 'string' ? code : undefined);
  } catch {
    return { cause: 'unknown', confidence: 0 };
  }
}

function classify(text: string, code: string | undefined): Classification {
  const settled = classifyByHostCode(text, code);
  if (settled) return settled;
  const message = toMatchText(text);
  const adyen = mentionsAdyen(message);
  const explicit = hostCodeMeaning(code, adyen);
  const signals = textSignals(message, adyen);
  if (explicit && explicit.cause !== 'unknown') {
    signals.push({ cause: explicit.cause, confidence: explicit.confidence ?? EXPLICIT_CODE, start: -1, end: -1 });
  }
  const result = decide(signals, message, code?.trim());
  if (result.cause === 'unknown' && result.matched === undefined && explicit) {
    return { cause: 'unknown', confidence: 0, matched: code!.trim() };
  }
  return result;
}

export function textSignals(message: MatchText, adyen: boolean): Signal[] {
  const { codes } = message;
  const signals: Signal[] = [];
  const addCode = (token: string, start: number, confidence: number) => {
    const found = lookupCode(token, adyen);
    if (!found) return;
    const end = start + token.replace(/[.]+$/, '').length;
    signals.push({
      cause: found.cause,
      confidence: found.cause === 'unknown' ? 0 : Math.min(confidence, found.confidence ?? confidence),
      start,
      end,
      code: true,
    });
  };
  const whole = wholeTextCode.exec(codes);
  if (whole) addCode(whole[1]!, whole.indices![1]![0], CODE_IN_TEXT);
  const leading = leadingCode.exec(codes);
  if (leading && !unitAfterNumber.test(codes.slice(leading[0].length))) {
    addCode(leading[1]!, leading.indices![1]![0], LEADING_CODE);
  }
  for (const pattern of [codeAfterKeyword, codeInBrackets, trailingCode]) {
    for (const match of codes.matchAll(pattern)) {
      const token = match[1]!;
      const start = match.indices![1]![0];
      // "51元", and "(5)次": a count in brackets is still a count.
      const after = codes.slice(start + token.length).replace(/^\s*[\])]/, '');
      if (/^\d+$/.test(token) && unitAfterNumber.test(after)) continue;
      addCode(token, start, CODE_IN_TEXT);
    }
  }
  // Distinctive names (insufficient_funds, NOTENOUGH, ACQ.*) count wherever they appear;
  // bare numbers never do: "51元" is an amount.
  for (const match of codes.matchAll(codeToken)) {
    const token = match[0];
    if (/^[\d.]+$/.test(token)) continue;
    if (!/[._]/.test(token) && token.length < 5 && !codeFamilies.some((f) => token.includes(f.part))) continue;
    addCode(token, match.index, CODE_IN_TEXT);
  }
  for (const hit of findPhrases(message.words)) signals.push({ ...hit });
  return signals;
}

function decide(signals: readonly Signal[], message: MatchText, explicitCode: string | undefined): Classification {
  const best = new Map<CauseId, { signal: Signal; spans: Set<string> }>();
  let firstUnknown: Signal | undefined;
  for (const signal of signals) {
    if (signal.cause === 'unknown') {
      firstUnknown ??= signal;
      continue;
    }
    const seen = best.get(signal.cause);
    if (!seen) {
      best.set(signal.cause, { signal, spans: new Set([`${signal.start}:${signal.end}`]) });
      continue;
    }
    seen.spans.add(`${signal.start}:${signal.end}`);
    const better =
      signal.confidence > seen.signal.confidence ||
      (signal.confidence === seen.signal.confidence && signal.start < seen.signal.start);
    if (better) seen.signal = signal;
  }
  const ranked = [...best.values()].sort(
    (a, b) => b.signal.confidence - a.signal.confidence || a.signal.start - b.signal.start,
  );
  const [top, runnerUp] = ranked;
  const matchedOf = (signal: Signal) => (signal.start < 0 ? explicitCode : message.original(signal.start, signal.end));
  // The code in the text, for the ticket: only one that says the cause found (a number that says
  // nothing of it may as well be a time, a count or a list number).
  const codeSignal = signals.find(
    (signal) => signal.code && signal.cause !== 'unknown' && signal.cause === top?.signal.cause,
  );
  const code = codeSignal && matchedOf(codeSignal);
  if (!top) {
    return firstUnknown
      ? { cause: 'unknown', confidence: 0, matched: matchedOf(firstUnknown) }
      : { cause: 'unknown', confidence: 0 };
  }
  let confidence = top.signal.confidence;
  if (top.spans.size > 1) confidence = Math.min(0.98, confidence + AGREEMENT_BONUS);
  if (runnerUp && runnerUp.signal.confidence >= top.signal.confidence - CONFLICT_MARGIN) {
    confidence *= CONFLICT_FACTOR;
  }
  return {
    cause: top.signal.cause,
    confidence: Math.round(confidence * 100) / 100,
    matched: matchedOf(top.signal),
    ...(code && { code }),
  };
}
