/**
 * Chinese numerals as people type them in a chat: 一百二十, 两千, 三千五 (= 3500), 1.5万, 3万2
 * (= 32000), 壹佰 (financial forms), 一点五. Returns an exact {@link Decimal}, or undefined for
 * anything that is not a well-formed number.
 *
 * Callers pass Simplified text (toSimplified): 兩, 貳, 陸, 萬, 億 and 點 arrive as 两, 贰, 陆, 万,
 * 亿 and 点, so the tables hold the Simplified forms only.
 */
import { add, fromDigits, shift, ZERO } from './decimal.js';
import type { Decimal } from './decimal.js';

/**
 * The financial forms (大写数字 壹贰叁…) stop a figure from being altered. Traditional writes three
 * as 參 (or 叄), which OpenCC makes 参 (the 参 of 参加), not 叁: so 参 counts as three too.
 */
const digitValues: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  俩: 2,
  三: 3,
  叁: 3,
  参: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const smallUnits: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const bigUnits: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };
const decimalPoints = new Set(['点', '.']);

/** Characters that can be part of a Chinese numeral (ASCII digits included, for "3万2"). */
export const chineseNumeralChars = `${Object.keys(digitValues).join('')}${Object.keys(smallUnits).join('')}${Object.keys(bigUnits).join('')}点`;

export function hasChineseNumeral(text: string): boolean {
  for (const ch of text) if (ch in digitValues || ch in smallUnits || ch in bigUnits) return true;
  return false;
}

export function hasChineseUnit(text: string): boolean {
  for (const ch of text) if (ch in smallUnits || ch in bigUnits) return true;
  return false;
}

function digitOf(ch: string): number | undefined {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  return digitValues[ch];
}

/** Fraction digits after 点 are read one by one: 一点二五 = 1.25. */
function digitsToString(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    const d = digitOf(ch);
    if (d === undefined) return undefined;
    out += String(d);
  }
  return out;
}

/** A section below 万: 三千五百二十, 十五, 三千五, 三千零五, 1千5, 120. */
function parseSection(text: string): Decimal | undefined {
  if (text === '') return undefined;
  let integerText = text;
  let fraction = '';
  for (let i = 0; i < text.length; i++) {
    if (decimalPoints.has(text[i]!)) {
      integerText = text.slice(0, i);
      const digits = digitsToString(text.slice(i + 1));
      if (digits === undefined || digits === '') return undefined;
      fraction = digits;
      break;
    }
  }
  const integer = parseIntegerSection(integerText);
  if (integer === undefined) return undefined;
  return add(integer, fromDigits('0', fraction));
}

function parseIntegerSection(text: string): Decimal | undefined {
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return fromDigits(text);
  // A lone Chinese digit (一, 两); longer runs of bare digits ("二五") are not how amounts are said.
  if (text.length === 1 && digitOf(text) !== undefined) return fromDigits(String(digitOf(text)));
  let total = 0;
  let pending: number | undefined;
  let lastPower = 4;
  let afterZero = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
      if (pending !== undefined) return undefined;
      pending = Number(text.slice(i, j));
      i = j;
      continue;
    }
    if (ch === '零' || ch === '〇') {
      if (pending !== undefined) return undefined;
      afterZero = true;
      i++;
      continue;
    }
    const digit = digitValues[ch];
    if (digit !== undefined) {
      if (pending !== undefined) return undefined;
      pending = digit;
      i++;
      continue;
    }
    const power = smallUnits[ch];
    if (power === undefined || power >= lastPower) return undefined;
    if (pending !== undefined && pending > 9) return undefined;
    total += (pending ?? 1) * 10 ** power;
    pending = undefined;
    lastPower = power;
    afterZero = false;
    i++;
  }
  if (pending !== undefined) {
    // 三千五 is 3500 and 一百五 is 150: a lone digit after a unit counts in the next unit down,
    // unless a 零 says the places in between are empty (三千零五 = 3005).
    const colloquial = !afterZero && pending <= 9 && lastPower >= 2 && lastPower < 4;
    total += colloquial ? pending * 10 ** (lastPower - 1) : pending;
  }
  return fromDigits(String(total));
}

/** The part after 万 or 亿: a lone digit counts in the next unit down (两万五 = 25000). */
function parseRemainder(
  text: string,
  power: number,
  parse: (part: string) => Decimal | undefined,
): Decimal | undefined {
  if (text === '') return ZERO;
  if (text[0] === '零' || text[0] === '〇') return parse(text.slice(1));
  if (text.length === 1 && digitOf(text) !== undefined) return shift(fromDigits(String(digitOf(text))), power - 1);
  return parse(text);
}

function parseBelowYi(text: string): Decimal | undefined {
  const at = text.lastIndexOf('万');
  if (at < 0) return parseSection(text);
  const head = text.slice(0, at);
  const high = head === '' ? fromDigits('1') : parseSection(head);
  const low = parseRemainder(text.slice(at + 1), 4, parseSection);
  if (high === undefined || low === undefined) return undefined;
  return add(shift(high, 4), low);
}

export function parseChineseNumber(text: string): Decimal | undefined {
  const at = text.lastIndexOf('亿');
  if (at < 0) return parseBelowYi(text);
  const head = text.slice(0, at);
  const high = head === '' ? fromDigits('1') : parseBelowYi(head);
  const low = parseRemainder(text.slice(at + 1), 8, parseBelowYi);
  if (high === undefined || low === undefined) return undefined;
  return add(shift(high, 8), low);
}
