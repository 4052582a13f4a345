/**
 * Why the classifier names the cause it does, for the flow lab's error sandbox: every code and
 * phrase it found, where in the pasted text, what each points to, and how the confidence came
 * about. It reads the classifier's own signals (classify.ts) rather than matching again, and
 * test/unit/diagnose/explain.test.ts holds its arithmetic to classifyError's on the whole corpus.
 *
 * Only the lab imports it: nothing in src/ does, so neither the conversation nor the public
 * `./diagnose` build carries it.
 */
import { AGREEMENT_BONUS, classifyError, CONFLICT_FACTOR, CONFLICT_MARGIN, textSignals } from './classify.js';
import { EXPLICIT_CODE, mentionsAdyen } from './classify-code.js';
import { lookupCode } from './codes.js';
import { toMatchText } from './match-text.js';
import type { CauseId, Classification } from './types.js';

/** One hint the classifier found. */
export interface Evidence {
  /** What it points to: `unknown` for a code or phrase known to say nothing of the cause ("06", "支付失败"). */
  cause: CauseId;
  /** How sure this hint alone makes the classifier, 0..1. */
  confidence: number;
  /** A code in the text ("(05)", "NOTENOUGH"), a phrase in the text, or the code the page passed. */
  kind: 'code' | 'phrase' | 'host-code';
  /** As the person typed it, or as the page passed it. */
  text: string;
  /** Where it is in the pasted text (UTF-16 offsets, end exclusive); none for the page's code. */
  span?: readonly [start: number, end: number];
  /** The hint the classification reports as `matched`. */
  decided: boolean;
}

/** How the reported confidence came about, step by step. */
export interface ConfidenceSteps {
  /** The deciding hint's own confidence. */
  base: number;
  /** Added because hints at two or more places agree on the cause. */
  agreement?: number;
  /** The factor applied because another cause was about as likely, and that cause. */
  conflict?: { factor: number; with: CauseId; confidence: number };
  /** What classifyError reports. */
  result: number;
}

export interface ErrorExplanation {
  classification: Classification;
  /** Every hint: the page's code first, then the text's in reading order. */
  evidence: Evidence[];
  /** The page's code decided on its own: the text was not weighed. */
  hostCodeWins: boolean;
  /** Absent when nothing pointed to a cause. */
  confidence?: ConfidenceSteps;
}

/** Never throws, like classifyError: an input it cannot read explains as "nothing found". */
export function explainError(text: string, code?: string): ErrorExplanation {
  const classification = classifyError(text, code);
  try {
    return explain(typeof text === 'string' ? text : '', typeof code === 'string' ? code : undefined, classification);
  } catch {
    return { classification, evidence: [], hostCodeWins: false };
  }
}

function explain(text: string, code: string | undefined, classification: Classification): ErrorExplanation {
  const message = toMatchText(text);
  const toInput = inputOffsets(text, message.codes.length);
  const adyen = mentionsAdyen(message);
  const hostCode = code?.trim() || undefined;
  const host = hostCode === undefined ? undefined : lookupCode(toMatchText(hostCode).codes, adyen);
  // The same test classify() makes before it reads the text at all.
  const hostCodeWins = host !== undefined && host.cause !== 'unknown' && host.confidence === undefined;

  const evidence: Evidence[] = [];
  if (hostCode !== undefined && host) {
    const confidence = host.cause === 'unknown' ? 0 : (host.confidence ?? EXPLICIT_CODE);
    evidence.push({ cause: host.cause, confidence, kind: 'host-code', text: hostCode, decided: false });
  }
  // The classifier may find one code by several patterns ("(05)" in brackets and after "code"):
  // one hint per place and cause, at its highest confidence.
  const byPlace = new Map<string, Evidence>();
  for (const signal of textSignals(message, adyen)) {
    const key = `${signal.cause}|${signal.start}|${signal.end}`;
    const seen = byPlace.get(key);
    if (seen && seen.confidence >= signal.confidence) continue;
    const span = [toInput(signal.start), toInput(signal.end)] as const;
    byPlace.set(key, {
      cause: signal.cause,
      confidence: signal.confidence,
      kind: signal.code ? 'code' : 'phrase',
      text: text.slice(...span),
      span,
      decided: false,
    });
  }
  evidence.push(...[...byPlace.values()].sort((a, b) => a.span![0] - b.span![0] || a.span![1] - b.span![1]));

  const decider = decidingEvidence(evidence, classification);
  if (decider) decider.decided = true;
  return {
    classification,
    evidence,
    hostCodeWins,
    ...(classification.cause !== 'unknown' && decider && { confidence: steps(evidence, decider, hostCodeWins) }),
  };
}

/** The hint classifyError reports: its cause and text, the surest of those, the earliest on a tie. */
function decidingEvidence(evidence: readonly Evidence[], { cause, matched }: Classification): Evidence | undefined {
  if (matched === undefined) return undefined;
  return evidence
    .filter((hint) => hint.cause === cause && hint.text === matched)
    .sort((a, b) => b.confidence - a.confidence || (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1))[0];
}

/** classify.ts `decide()`, told as steps: agreement between places, then a close runner-up. */
function steps(evidence: readonly Evidence[], decider: Evidence, hostCodeWins: boolean): ConfidenceSteps {
  if (hostCodeWins) return { base: EXPLICIT_CODE, result: EXPLICIT_CODE };
  // Past this point the page's code, if any, is a weak one: weighed with the text like any hint.
  const weighed = evidence.filter((hint) => hint.cause !== 'unknown');
  const places = new Set(
    weighed.filter((hint) => hint.cause === decider.cause).map((hint) => (hint.span ?? [-1, -1]).join(':')),
  );
  let result = decider.confidence;
  const agreement = places.size > 1 ? Math.min(0.98, result + AGREEMENT_BONUS) - result : undefined;
  if (agreement !== undefined) result += agreement;
  const runnerUp = weighed
    .filter((hint) => hint.cause !== decider.cause)
    .sort((a, b) => b.confidence - a.confidence || (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1))[0];
  const close = runnerUp && runnerUp.confidence >= decider.confidence - CONFLICT_MARGIN;
  if (close) result *= CONFLICT_FACTOR;
  return {
    base: decider.confidence,
    ...(agreement !== undefined && { agreement: round(agreement) }),
    ...(close && { conflict: { factor: CONFLICT_FACTOR, with: runnerUp.cause, confidence: runnerUp.confidence } }),
    result: round(result),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Maps an offset in the classifier's normalised text back to the input, as match-text.ts does:
 * the same where NFKC kept the length, else code point by code point.
 */
function inputOffsets(input: string, normalisedLength: number): (at: number) => number {
  if (normalisedLength === input.length) return (at) => at;
  const starts: number[] = [];
  let at = 0;
  for (const ch of input) {
    const folded = toMatchText(ch).codes.length;
    for (let i = 0; i < folded; i++) starts.push(at);
    at += ch.length;
  }
  return (offset) => starts[offset] ?? input.length;
}
