/**
 * Masks what must never be kept (DESIGN.md "Never collected", reliability.md D1-D4): card numbers
 * to their last four, CVV/CVC, SMS codes, PINs, passwords and resident ID numbers. Runs on every
 * answer and every error string before it is shown, stored or sent.
 */
import { isResidentIdNumber, passesLuhn } from './checksums.js';
import type { Redaction, RedactedKind } from './types.js';

export const MASK = '••••';

interface Span {
  start: number;
  end: number;
  replacement: string;
  kind: RedactedKind;
}

const digit = '[0-9０-９]';
/**
 * Between the groups of a card number: spaces and dashes of any width. Not "." or ",": with them
 * an amount or an IP address could pass for a card number.
 */
const groupSeparator = '[\\s\\-\\u2010-\\u2015\\u2212\\uff0d]';
const digitRun = new RegExp(`${digit}+(?:${groupSeparator}{1,3}${digit}+)*`, 'g');
const idNumber = new RegExp(
  `(?<![0-9０-９])[1-9１-９](?:${groupSeparator}?${digit}){16}${groupSeparator}?[0-9０-９XxＸｘ](?![0-9０-９A-Za-z])`,
  'g',
);
const url = /\b(?:https?:\/\/|www\.)[^\s<>"'，。）)\]]+/gi;
/** A phone number in international form: "+86 138 0013 8000" is not a card. */
const phonePrefix = /[+＋]\s?$/;

/** "CVV: 123", "cvc 4567", "安全码是123", "卡背面三位数 123". */
const cvv =
  /(?<![a-z])(?:cvv2|cvc2|cvn2|cvv|cvc|cvn|csc|card security code|安全码|卡验证码|背面三位数?|后三位)(?:[\s:=：#]|is\b|was\b|是|为|為|码)*([0-9０-９]{3,4})(?![0-9０-９])/gi;
/** "验证码是 123456", "my OTP is 4821", "SMS code: 883311", "短信码 8888". */
const smsCode =
  /(?<![a-z])(验证码|短信验证码|短信码|动态码|动态密码|校验码|驗證碼|簡訊碼|otp|one[\s-]?time\s*(?:pass(?:word|code)?|code|pin)|sms\s*code|sms|text\s*code|verification\s*code|auth(?:entication)?\s*code|security\s*code|code)(?:[\s:=：#]|is\b|was\b|of\b|是|为|為|码)*([0-9０-９]{3,8})(?![0-9０-９])/gi;
/** A bare "code" after these words names something else: "error code 20000", "zip code 100000". */
const notASecretCode =
  /(?:error|err|response|reason|decline|result|status|return|zip|postal|post|promo|coupon|invite|invitation|referral|order|tracking|country|area|bank|swift|product|discount|gift|voucher|qr|bar|source|sort|branch|merchant|currency|reference|ref)[\s_-]*$/i;
/** "PIN: 1234", "密码是123456", "my password is hunter2", "支付密码 123456". */
const secretKeyword =
  /(?<![a-z])(支付密码|登录密码|取款密码|交易密码|查询密码|银行卡密码|密码|密碼|password|passcode|passwd|pwd|pin\s*code|pin码|pin)(?![a-z])/gi;
const connector = /^(?:\s*(?:[:=：]|is\b|was\b|是|为|為|:)\s*)+/i;
const secretToken = /^\s*((?![\p{Script=Han}(（\[【"'“‘<])[^\s,，。;；!！?？、)）\]】"'“”‘’<>]+)/u;
/** Words that follow "password"/"PIN" in a complaint rather than a secret: "PIN is wrong". */
const notASecret = new Set([
  'wrong', 'incorrect', 'invalid', 'correct', 'right', 'expired', 'locked', 'blocked', 'error', 'failed',
  'reset', 'forgotten', 'forgot', 'changed', 'not', 'too', 'required', 'the', 'my', 'your', 'a', 'an',
  'and', 'or', 'for', 'to', 'is', 'was', 'tries', 'attempts', 'again', 'entered', 'retry', 'correctly',
  'ok', 'fine', 'same', 'different', 'no', 'none', 'empty', 'missing', 'blank', 'needed', 'asked',
  'prompt', 'screen', 'field', 'box', 'page', 'lock', 'change', 'update', 'set', 'new', 'old',
]);

const toAscii = (text: string) => text.normalize('NFKC');
const digitsOf = (text: string) => toAscii(text).replace(/\D/g, '');

/** Never throws; text without secrets comes back unchanged, as the same string. */
export function redact(text: string): Redaction {
  if (typeof text !== 'string' || text === '') return { text: typeof text === 'string' ? text : '', found: [] };
  try {
    return apply(text, findSecrets(text));
  } catch {
    // Failing closed: if masking itself breaks, nothing of the text may pass.
    return { text: MASK, found: [] };
  }
}

function findSecrets(text: string): Span[] {
  const urls = [...text.matchAll(url)].map((m) => [m.index, m.index + m[0].length] as const);
  const inUrl = (start: number, end: number) => urls.some(([s, e]) => start < e && end > s);
  const spans: Span[] = [];

  for (const match of text.matchAll(idNumber)) {
    const id = toAscii(match[0]).replace(/[^\dXx]/g, '').toUpperCase();
    if (!isResidentIdNumber(id) || inUrl(match.index, match.index + match[0].length)) continue;
    // Nothing of an ID number is kept: unlike a card's last four, no part of it helps support.
    spans.push({ start: match.index, end: match.index + match[0].length, replacement: MASK, kind: 'id-number' });
  }
  for (const match of text.matchAll(digitRun)) {
    if (phonePrefix.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    if (inUrl(match.index, match.index + match[0].length)) continue;
    spans.push(...cardNumbersIn(match[0], match.index));
  }
  for (const match of text.matchAll(cvv)) {
    const start = match.index + match[0].length - match[1]!.length;
    spans.push({ start, end: start + match[1]!.length, replacement: '•••', kind: 'cvv' });
  }
  for (const match of text.matchAll(smsCode)) {
    const [whole, keyword = '', code = ''] = match;
    if (/^code$/i.test(keyword) && notASecretCode.test(text.slice(0, match.index))) continue;
    const start = match.index + whole.length - code.length;
    if (inUrl(start, start + code.length)) continue;
    // Three digits after 验证码 is the card's verification code (CVV2), not an SMS code.
    const kind: RedactedKind = code.length === 3 ? 'cvv' : 'sms-code';
    if (code.length === 3 && !/验证码|驗證碼/.test(keyword)) continue;
    spans.push({ start, end: start + code.length, replacement: kind === 'cvv' ? '•••' : MASK, kind });
  }
  for (const match of text.matchAll(secretKeyword)) {
    const keyword = match[1]!;
    const afterKeyword = match.index + match[0].length;
    const rest = text.slice(afterKeyword);
    const joined = connector.exec(rest);
    const tokenMatch = secretToken.exec(rest.slice(joined ? joined[0].length : 0));
    if (!tokenMatch) continue;
    const token = tokenMatch[1]!.replace(/[.]+$/, '');
    if (!token || notASecret.has(token.toLowerCase())) continue;
    // Without "is"/":" only something with a digit is a secret ("PIN 1234", not "PIN tries").
    if (!joined && !/[0-9０-９]/.test(token)) continue;
    const start = afterKeyword + (joined ? joined[0].length : 0) + tokenMatch[0].length - tokenMatch[1]!.length;
    const kind: RedactedKind = /pin|取款密码|银行卡密码/i.test(keyword) ? 'pin' : 'password';
    spans.push({ start, end: start + token.length, replacement: MASK, kind });
  }
  return spans;
}

/**
 * Card numbers within one run of digit groups. A run of 12-19 digits is one number: masked whole
 * if it passes Luhn, left alone if not (so an order id never loses digits to a chance match of a
 * part). A longer run cannot be one card, so it is searched for the longest Luhn-valid stretch of
 * whole groups: "订单 20261126 4111 1111 1111 1111" is an order id followed by a card.
 */
function cardNumbersIn(run: string, offset: number): Span[] {
  const groups = [...run.matchAll(/[0-9０-９]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    digits: digitsOf(m[0]),
  }));
  const total = groups.reduce((n, g) => n + g.digits.length, 0);
  if (total < 12) return [];
  const span = (from: number, to: number): Span => {
    const digits = groups.slice(from, to + 1).map((g) => g.digits).join('');
    return {
      start: offset + groups[from]!.start,
      end: offset + groups[to]!.end,
      replacement: `${MASK} ${digits.slice(-4)}`,
      kind: 'card-number',
    };
  };
  if (total <= 19) return passesLuhn(groups.map((g) => g.digits).join('')) ? [span(0, groups.length - 1)] : [];
  const spans: Span[] = [];
  let i = 0;
  while (i < groups.length) {
    let found: number | undefined;
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      digits += groups[j]!.digits;
      if (digits.length > 19) break;
      if (digits.length >= 12 && passesLuhn(digits)) found = j;
    }
    if (found === undefined) {
      i++;
      continue;
    }
    spans.push(span(i, found));
    i = found + 1;
  }
  return spans;
}

function apply(text: string, spans: Span[]): Redaction {
  if (spans.length === 0) return { text, found: [] };
  // Earlier detectors win overlaps (ID before card before keyword rules): stable sort by start.
  const ordered = spans
    .map((span, order) => ({ span, order }))
    .sort((a, b) => a.span.start - b.span.start || a.order - b.order);
  let out = '';
  let at = 0;
  const found: RedactedKind[] = [];
  for (const { span } of ordered) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
    if (!found.includes(span.kind)) found.push(span.kind);
  }
  return { text: out + text.slice(at), found };
}
