/**
 * Every phrase of the error table, found by the first two characters it starts with, so a message
 * is scanned once, left to right, trying only the few phrases that could start at each place:
 * well under 0.1 ms for a chat-sized message. Built when the conversation chunk loads (on idle,
 * before anyone asks): a handful of arrays rather than a trie of a Map per character, which took
 * tens of milliseconds and about 1 MB of heap there.
 */
import type { PhraseGroup } from './error-phrases.js';
import { phraseStrength } from './error-phrases.js';
import type { CauseId } from './types.js';

export interface PhraseHit {
  readonly cause: CauseId;
  readonly confidence: number;
  readonly start: number;
  readonly end: number;
}

interface Entry {
  /** The phrase, normalised as the text it is looked for in. */
  readonly key: string;
  readonly cause: CauseId;
  readonly confidence: number;
  /** ASCII-word phrases match on word bounds only: "pin" is not in "shipping". */
  readonly wordBound: boolean;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

/** "不是余额不足" or "not a network problem" rule the phrase out (on Simplified text: 並非 is 并非). */
const negated =
  /(?:不是|并非|并不是|(?<![a-z])(?:not|isn't|isnt|wasn't|is not|was not)(?:\s+(?:a|an|the|my|due to|because of))?)\s*$/;

/**
 * What a phrase is filed under, as a number (no string made per character scanned): its first
 * two UTF-16 units, or for a one-character phrase its one, kept apart by the sign.
 */
const startAt = (text: string, at: number, length: 1 | 2) =>
  length === 1 ? -text.charCodeAt(at) : text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * `normalise` turns text into what the phrases are matched against. It is given every phrase at
 * once, one per line (one pass over the table instead of one per phrase), and must keep the lines
 * (test/unit/diagnose/phrases.test.ts checks that it reads them as it reads each alone).
 */
export function buildPhraseIndex(groups: readonly PhraseGroup[], normalise: (text: string) => string) {
  const listed = groups.flatMap(({ cause, strength, phrases }) =>
    phrases.map((phrase) => ({ cause, strength, phrase })),
  );
  const keys = normalise(listed.map(({ phrase }) => phrase).join('\n')).split('\n');
  // The first listing of a phrase wins; the table lists strong groups before weaker ones.
  const entries = new Map<string, Entry>();
  listed.forEach(({ cause, strength }, index) => {
    const key = keys[index]!;
    if (!key || entries.has(key)) return;
    entries.set(key, {
      key,
      cause,
      confidence: cause === 'unknown' ? 0 : phraseStrength[strength],
      wordBound: isWordChar(key[0]) || isWordChar(key[key.length - 1]),
    });
  });
  /** Longest first within each list, so the first that fits is the longest that fits. */
  const byStart = new Map<number, Entry[]>();
  for (const entry of [...entries.values()].sort((a, b) => b.key.length - a.key.length)) {
    const start = startAt(entry.key, 0, entry.key.length === 1 ? 1 : 2);
    const list = byStart.get(start);
    if (list) list.push(entry);
    else byStart.set(start, [entry]);
  }

  const fits = (entry: Entry, text: string, at: number) =>
    text.startsWith(entry.key, at) &&
    (!entry.wordBound || (!isWordChar(text[at - 1]) && !isWordChar(text[at + entry.key.length])));

  /** The longest phrase that starts at `at` (two-character starts first: they are the longer). */
  const longestAt = (text: string, at: number) =>
    (at + 1 < text.length ? byStart.get(startAt(text, at, 2))?.find((entry) => fits(entry, text, at)) : undefined) ??
    byStart.get(startAt(text, at, 1))?.find((entry) => fits(entry, text, at));

  /** Leftmost-longest, non-overlapping hits: "密码错误次数过多" is one hit, not "密码错误" too. */
  return function findPhrases(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let i = 0;
    while (i < text.length) {
      const found = longestAt(text, i);
      if (found) {
        const end = i + found.key.length;
        if (!negated.test(text.slice(Math.max(0, i - 20), i))) {
          hits.push({ cause: found.cause, confidence: found.confidence, start: i, end });
        }
        i = end;
      } else {
        i++;
      }
    }
    return hits;
  };
}
