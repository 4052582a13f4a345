/**
 * Card numbers (PANs) in normalised text (see redact-normalise.ts: ASCII digits, no invisible
 * characters). A card number is a run of 12-19 digits in groups; docs/reliability.md D2 and T3.
 *
 * Rules, and why:
 * - Groups may be parted by any run of spaces, dashes, dots, middle dots or underscores, since
 *   people write "4111.1111.1111.1111" and "4111  1111  1111  1111". Not commas or slashes: those
 *   part amounts and dates, and a card is never written with them.
 * - A run of 12-19 digits is masked whole when it passes Luhn, and left alone when it does not (an
 *   order id keeps its digits), unless it follows a card keyword ("卡号", "card number"): a mistyped
 *   card number is still a card number.
 * - A longer run cannot be one card, so it is searched for the longest Luhn-valid stretch of whole
 *   groups: "订单 20261126 4111 1111 1111 1111" is an order id followed by a card.
 * - No exemption for URLs: "https://x.example/pay?card=4111111111111111" carries a card number as
 *   plainly as any sentence (issue 13), and a payment link is exactly where one turns up.
 * - "+" before a number: Zendesk skips it as an international phone number (D2), but "+4111 1111
 *   1111 1111" got a card through that way. A "+" number stays untouched unless it is Luhn-valid,
 *   13-19 digits, and written as a card is: in fours ("+4111 1111 1111 1111"), as Amex or Diners
 *   (4-6-5, 4-6-4), or unbroken and 16-19 digits long. E.164 numbers have at most 15 digits and
 *   start with a 1-3 digit country code, so a phone is never written like that, while about one
 *   "+86 …" mobile in ten passes Luhn and must stay a phone number.
 */
import { passesLuhn } from './checksums.js';
import { MASK, type Span } from './redact-span.js';

const MIN_DIGITS = 12;
const MAX_DIGITS = 19;

/** A card keyword just before a run: "卡号：", "card number is ", "银行卡 ", "?card=", "pan=". */
const cardKeywordBefore =
  /(?:(?<![a-z])(?:card|pan|cc)(?:\s{0,3}(?:number|num|no\.?|#))?(?![a-z])|(?:银行|銀行|信用|储蓄|儲蓄|借记|借記|提款|金融)?卡(?:号码|號碼|号|號)?)\s{0,3}(?:(?:[:：=#]|is\b|was\b|是|为|為)\s{0,3}){0,3}$/i;
const KEYWORD_WINDOW = 40;
const plusBefore = /\+\s?$/;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Spaces (any width; NFKC made most of them U+0020), dashes, dots, middle dots and underscores. */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x5f ||
    code === 0xb7 ||
    code === 0x1680 ||
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0x2027 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x2212 ||
    code === 0x30fb
  );
}

/**
 * A run of digit groups: group g is text[starts[g], ends[g]). The buffers are typed arrays kept
 * between calls (the redactor is synchronous): a pasted run of half a million groups then costs
 * no array growth and no garbage.
 */
interface Run {
  text: string;
  groups: number;
  starts: Int32Array;
  ends: Int32Array;
}

const SMALL = 64;
const run: Run = { text: '', groups: 0, starts: new Int32Array(SMALL), ends: new Int32Array(SMALL) };

function addGroup(start: number, end: number): void {
  if (run.groups === run.starts.length) {
    const starts = new Int32Array(run.starts.length * 2);
    const ends = new Int32Array(run.ends.length * 2);
    starts.set(run.starts);
    ends.set(run.ends);
    run.starts = starts;
    run.ends = ends;
  }
  run.starts[run.groups] = start;
  run.ends[run.groups] = end;
  run.groups++;
}

const nextDigit = /\d/g;

export function cardNumberSpans(text: string): Span[] {
  const spans: Span[] = [];
  run.text = text;
  nextDigit.lastIndex = 0;
  for (let match = nextDigit.exec(text); match; match = nextDigit.exec(text)) {
    // One run: digit groups joined by separator runs. Each character is read once.
    run.groups = 0;
    let at = match.index;
    for (;;) {
      const start = at;
      while (at < text.length && isDigit(text.charCodeAt(at))) at++;
      addGroup(start, at);
      let next = at;
      while (next < text.length && isSeparator(text.charCodeAt(next))) next++;
      if (next === at || next >= text.length || !isDigit(text.charCodeAt(next))) break;
      at = next;
    }
    for (const span of cardsInRun()) spans.push(span);
    nextDigit.lastIndex = at;
  }
  // Nothing of the text is kept, and a buffer grown for a huge paste is let go.
  run.text = '';
  if (run.starts.length > SMALL * 64) {
    run.starts = new Int32Array(SMALL);
    run.ends = new Int32Array(SMALL);
  }
  return spans;
}

function cardsInRun(): Span[] {
  const { text, groups, starts, ends } = run;
  let total = 0;
  for (let g = 0; g < groups; g++) total += ends[g]! - starts[g]!;
  if (total < MIN_DIGITS) return [];
  const runStart = starts[0]!;
  const plus = plusBefore.test(text.slice(Math.max(0, runStart - 2), runStart));
  const keyword = !plus && cardKeywordBefore.test(text.slice(Math.max(0, runStart - KEYWORD_WINDOW), runStart));
  const lengthsOf = (from: number, to: number) =>
    [...starts.subarray(from, to + 1)].map((start, g) => ends[from + g]! - start);
  const digitsOf = (from: number, to: number) => text.slice(starts[from], ends[to]).replace(/\D/g, '');
  const span = (from: number, to: number): Span => ({
    start: starts[from]!,
    end: ends[to]!,
    replacement: `${MASK} ${digitsOf(from, to).slice(-4)}`,
    kind: 'card-number',
  });

  if (total <= MAX_DIGITS) {
    const valid = passesLuhn(digitsOf(0, groups - 1));
    if (plus) return valid && total >= 13 && writtenAsCard(lengthsOf(0, groups - 1)) ? [span(0, groups - 1)] : [];
    return valid || keyword ? [span(0, groups - 1)] : [];
  }

  const spans: Span[] = [];
  const luhn = luhnPrefixSums(total);
  // The groups that can end a 12-19 digit stretch starting at group g only move forward with g.
  let shortest = 0;
  let longest = 0;
  let g = 0;
  while (g < groups) {
    shortest = Math.max(shortest, g);
    while (shortest < groups && luhn.before[shortest + 1]! - luhn.before[g]! < MIN_DIGITS) shortest++;
    longest = Math.max(longest, shortest);
    while (longest + 1 < groups && luhn.before[longest + 2]! - luhn.before[g]! <= MAX_DIGITS) longest++;
    const found = longestValidStretch(luhn, g, shortest, longest, plus && g === 0 ? lengthsOf : undefined);
    if (found === undefined) {
      g++;
      continue;
    }
    spans.push(span(g, found));
    g = found + 1;
  }
  // After "card number" a run too long for one card, with no card in it, is still what they typed as one.
  if (spans.length === 0 && keyword) spans.push(span(0, groups - 1));
  return spans;
}

/**
 * Prefix sums that give the Luhn sum of any stretch of a run in one step, so the search for cards
 * in a run of any length takes time linear in its length. `before[g]`: digits before group g.
 * `evenDoubled[p]` / `oddDoubled[p]`: the sum of digits 0..p-1 with those at even / odd positions
 * doubled (Luhn doubles every second digit counting from the right, so which set is doubled
 * depends on where the stretch ends).
 */
interface LuhnSums {
  before: Int32Array;
  evenDoubled: Int32Array;
  oddDoubled: Int32Array;
}

function luhnPrefixSums(total: number): LuhnSums {
  const { text, groups, starts, ends } = run;
  const before = new Int32Array(groups + 1);
  const evenDoubled = new Int32Array(total + 1);
  const oddDoubled = new Int32Array(total + 1);
  let p = 0;
  for (let g = 0; g < groups; g++) {
    before[g] = p;
    for (let k = starts[g]!; k < ends[g]!; k++, p++) {
      const d = text.charCodeAt(k) - 48;
      const doubled = d > 4 ? d * 2 - 9 : d * 2;
      evenDoubled[p + 1] = evenDoubled[p]! + (p % 2 === 0 ? doubled : d);
      oddDoubled[p + 1] = oddDoubled[p]! + (p % 2 === 1 ? doubled : d);
    }
  }
  before[groups] = p;
  return { before, evenDoubled, oddDoubled };
}

/**
 * The last group j in [shortest, longest] such that groups i..j hold 12-19 digits that pass Luhn
 * (and, after "+", are written as a card).
 */
function longestValidStretch(
  luhn: LuhnSums,
  i: number,
  shortest: number,
  longest: number,
  plusLengths?: (from: number, to: number) => number[],
): number | undefined {
  const { before, evenDoubled, oddDoubled } = luhn;
  const from = before[i]!;
  for (let j = longest; j >= shortest && j < before.length - 1; j--) {
    const to = before[j + 1]!;
    if (to - from > MAX_DIGITS || to - from < MIN_DIGITS) continue;
    // The rightmost digit (to - 1) is never doubled: the doubled ones have the other parity.
    const sums = (to - 1) % 2 === 0 ? oddDoubled : evenDoubled;
    if ((sums[to]! - sums[from]!) % 10 === 0 && (!plusLengths || writtenAsCard(plusLengths(i, j)))) return j;
  }
  return undefined;
}

/** Grouped as cards are printed, and as no E.164 phone number is (see the rules above). */
function writtenAsCard(lengths: number[]): boolean {
  const total = lengths.reduce((sum, n) => sum + n, 0);
  if (lengths.length === 1) return total >= 16;
  const pattern = lengths.join('-');
  if (pattern === '4-6-5' || pattern === '4-6-4') return true;
  return lengths.length >= 4 && lengths.slice(0, -1).every((n) => n === 4) && lengths.at(-1)! <= 4;
}
