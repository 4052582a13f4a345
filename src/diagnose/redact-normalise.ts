/**
 * The text the redactor reads, and the way back to the text the user wrote. Secrets are found in a
 * normalised copy (so "4111\u200b1111…", "٤١١١ ١١١١…" and "４１１１…" all read as "4111 1111…") and
 * masked in the original, so the output keeps the user's own writing everywhere else and holds
 * none of the secret's characters in any script.
 */

export interface Normalised {
  /**
   * NFKC, every Unicode decimal digit (\p{Nd}) as an ASCII digit, and without invisible characters
   * (format characters \p{Cf}, which include zero-width spaces, joiners, the BOM and the soft
   * hyphen, and combining marks \p{Mn}\p{Me}, which include variation selectors and the keycap).
   */
  text: string;
  blocks: Blocks;
}

/**
 * Where the two texts differ in length. Block b: the characters at [at, at + length) of the
 * normalised text come from [from, from + width) of the original (length 0: removed), stored as
 * four numbers from index 4b. Between blocks the texts run in step, so a plain text, or one with
 * only full-width or Arabic-Indic digits, has none, and a megabyte of it costs no per-character
 * bookkeeping.
 */
interface Blocks {
  count: number;
  data: Int32Array;
}

function addBlock(blocks: Blocks, at: number, length: number, from: number, width: number): void {
  if (blocks.count * 4 === blocks.data.length) {
    const data = new Int32Array(Math.max(64, blocks.data.length * 2));
    data.set(blocks.data);
    blocks.data = data;
  }
  const b = blocks.count * 4;
  blocks.data[b] = at;
  blocks.data[b + 1] = length;
  blocks.data[b + 2] = from;
  blocks.data[b + 3] = width;
  blocks.count++;
}

/** Original [start, end) of the normalised characters [from, to). */
export function originalRange(normalised: Normalised, from: number, to: number): [number, number] {
  return [originalOf(normalised.blocks, from)[0], originalOf(normalised.blocks, to - 1)[1]];
}

/** Original [start, end) of normalised character i. */
function originalOf({ count, data }: Blocks, i: number): [number, number] {
  // The last block starting at or before i (binary search: blocks are in text order).
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (data[middle * 4]! <= i) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found < 0) return [i, i + 1];
  const at = data[found * 4]!;
  const length = data[found * 4 + 1]!;
  const from = data[found * 4 + 2]!;
  const width = data[found * 4 + 3]!;
  if (i < at + length) return [from, from + width];
  const start = from + width + (i - at - length);
  return [start, start + 1];
}

const invisible = /^[\p{Cf}\p{Mn}\p{Me}]$/u;
const decimalDigit = /^\p{Nd}$/u;
const nonAscii = /[^\u0000-\u007f]/;

/**
 * Per code point, not per string: NFKC of the whole text could merge characters across the
 * boundaries we have to map back to. Matching needs no composition across characters.
 */
const byCodePoint = new Map<number, string>();
/** Enough for every script a paste is likely to mix; bounded so a hostile paste cannot grow it without end. */
const CACHE_LIMIT = 8192;

function normaliseCodePoint(codePoint: number): string {
  const cached = byCodePoint.get(codePoint);
  if (cached !== undefined) return cached;
  let out = '';
  for (const char of String.fromCodePoint(codePoint).normalize('NFKC')) {
    if (invisible.test(char)) continue;
    out += char.charCodeAt(0) > 0x7f && decimalDigit.test(char) ? String(digitValue(char.codePointAt(0)!)) : char;
  }
  if (byCodePoint.size < CACHE_LIMIT) byCodePoint.set(codePoint, out);
  return out;
}

/**
 * Unicode assigns decimal digits only in runs of ten, 0 to 9 (a stability policy), so a digit's
 * value is its distance from the start of its run, modulo ten (runs of ten may follow each other).
 */
function digitValue(codePoint: number): number {
  let first = codePoint;
  while (first > 0 && decimalDigit.test(String.fromCodePoint(first - 1))) first--;
  return (codePoint - first) % 10;
}

export function normalise(text: string): Normalised {
  const blocks: Blocks = { count: 0, data: new Int32Array(0) };
  if (!nonAscii.test(text)) return { text, blocks };
  let out = '';
  // Start of the stretch of the original not yet copied: unchanged characters are copied in one slice.
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // ASCII and the CJK Unified Ideographs (most of a Chinese text) are their own NFKC, and none is a digit or invisible.
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const replacement = normaliseCodePoint(codePoint);
    if (
      replacement.length === width &&
      (width === 1 ? replacement.charCodeAt(0) === code : replacement === text.slice(i, i + 2))
    ) {
      i += width;
      continue;
    }
    out += text.slice(copied, i);
    if (replacement.length !== width) addBlock(blocks, out.length, replacement.length, i, width);
    out += replacement;
    i += width;
    copied = i;
  }
  if (copied === 0) return { text, blocks };
  return { text: out + text.slice(copied), blocks };
}
