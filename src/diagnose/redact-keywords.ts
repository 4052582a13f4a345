/**
 * Secrets recognised by the word before them (docs/reliability.md D3), in normalised text (see
 * redact-normalise.ts): CVV/CVC, SMS and one-time codes, PINs and passwords, in zh-CN, zh-TW and en.
 *
 * Every pattern runs in linear time on any input: quantifiers are bounded or cannot overlap, and
 * the look-behinds are one character. A pasted megabyte of "code code code …" must not stall the
 * page (issue 13: a 160 KB paste blocked the main thread for 7 to 20 s).
 */
import { MASK, type Span } from './redact-span.js';

/** Between a keyword and its value: "CVV code: 654", "my PIN number is 2468", "验证码是 123456". */
const connector = String.raw`\s*(?:(?:[:：=#＃]|is\b|was\b|of\b|code\b|number\b|num\b|no\.|是|为|為|码|碼|号|號)\s*){0,4}`;
/**
 * A code of 3-8 digits, maybe in two halves ("483 920", "483-920"), not part of a longer number.
 * The separator is one character, so a run of digits and separators is read at most once per start.
 */
const code = (min: number, max: number) => String.raw`(\d(?:[ \-]?\d){${min - 1},${max - 1}})(?![ \-.]?\d)`;

const cvvWords = String.raw`cvv2|cvc2|cvn2|cvv|cvc|cvn|csc|card\s{0,3}verification\s{0,3}(?:value|code|number)|(?:card\s{0,3})?security\s{0,3}code`;
const cvvHan =
  '安全码|安全碼|卡验证码|卡驗證碼|检查码|檢查碼|背面三位数|背面三位數|背面三位|末三码|末三碼|后三位|後三位|后三码|後三碼';
/** "CVV: 123", "security code 321", "CVV code: 654", "安全码是123", "卡背面三位数 123", "後三碼 321". */
const cvv = new RegExp(`(?:(?<![a-z])(?:${cvvWords})(?![a-z])|${cvvHan})${connector}${code(3, 4)}`, 'giu');

const smsWords = String.raw`otp|one[\s\-]{0,2}time\s{0,3}(?:pass(?:word|code)?|code|pin)|sms(?:\s{0,3}code)?|text(?:\s{0,3}message)?\s{0,3}code|verification\s{0,3}code|confirmation\s{0,3}code|auth(?:entication|orization)?\s{0,3}code|security\s{0,3}code|code`;
const smsHan =
  '短信验证码|短信驗證碼|簡訊驗證碼|简讯验证码|手机验证码|手機驗證碼|验证码|驗證碼|短信码|短信碼|簡訊碼|简讯码|短信|簡訊|简讯|动态码|動態碼|动态密码|動態密碼|校验码|校驗碼|一次性密码|一次性密碼';
/** "验证码是 123456", "短信 483920", "簡訊驗證碼：8842", "my OTP is 4821", "SMS code: 883311". */
const smsCode = new RegExp(`(?:(?<![a-z])(${smsWords})(?![a-z])|(${smsHan}))${connector}${code(3, 8)}`, 'giu');
/** A bare "code" after these words names something else: "error code 20000", "zip code 100000". */
const notASecretCode =
  /(?:error|err|response|reason|decline|result|status|return|zip|postal|post|promo|coupon|invite|invitation|referral|order|tracking|country|area|bank|swift|product|discount|gift|voucher|qr|bar|source|sort|branch|merchant|currency|reference|ref)[\s_-]{0,3}$/i;

const pinWords = String.raw`pin(?:\s{0,3}(?:code|number|no\.?|码|碼))?`;
const passwordWords = String.raw`password|passcode|passwd|pwd`;
const secretHan =
  '支付密码|支付密碼|登录密码|登錄密碼|登入密碼|取款密码|提款密碼|交易密码|交易密碼|查询密码|查詢密碼|银行卡密码|銀行卡密碼|提款卡密碼|密码|密碼|口令';
/** "PIN: 1234", "my PIN number is 2468", "密码abc123", "支付密碼 123456", "my password is hunter2". */
const secretKeyword = new RegExp(`(?<![a-z])(${pinWords}|${passwordWords})(?![a-z])|(${secretHan})`, 'giu');
const pinKeyword = /^pin|取款|提款|银行卡|銀行卡/i;
const secretConnector = /\s*(?:(?:[:=：]|is\b|was\b|是|为|為)\s*){1,4}/iy;
/**
 * The secret itself: up to the next space or punctuation, not starting with a Chinese character or
 * an opening bracket or quote ("密码错误", "password (the one for login)" are not secrets).
 */
const secretToken = /\s*((?![\p{Script=Han}(（\[【"'“‘<])[^\s,，。;；!！?？、)）\]】"'“”‘’<>]+)/uy;
/** Words that follow "password"/"PIN" in a complaint rather than a secret: "PIN is wrong". */
const notASecret = new Set([
  'wrong',
  'incorrect',
  'invalid',
  'correct',
  'right',
  'expired',
  'locked',
  'blocked',
  'error',
  'failed',
  'reset',
  'forgotten',
  'forgot',
  'changed',
  'not',
  'too',
  'required',
  'the',
  'my',
  'your',
  'a',
  'an',
  'and',
  'or',
  'for',
  'to',
  'is',
  'was',
  'tries',
  'attempts',
  'again',
  'entered',
  'retry',
  'correctly',
  'ok',
  'fine',
  'same',
  'different',
  'no',
  'none',
  'empty',
  'missing',
  'blank',
  'needed',
  'asked',
  'prompt',
  'screen',
  'field',
  'box',
  'page',
  'lock',
  'change',
  'update',
  'set',
  'new',
  'old',
]);
const LOOK_BACK = 40;

export function cvvSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(cvv)) {
    const value = match[1]!;
    const start = match.index + match[0].length - value.length;
    spans.push({ start, end: start + value.length, replacement: '•••', kind: 'cvv' });
  }
  return spans;
}

export function smsCodeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(smsCode)) {
    const [whole, word, han, value = ''] = match;
    const keyword = word ?? han ?? '';
    if (/^code$/i.test(keyword)) {
      const before = text.slice(Math.max(0, match.index - LOOK_BACK), match.index);
      // "pin code 1234" is a PIN: secretSpans masks it under its own name.
      if (notASecretCode.test(before) || /pin\s{0,3}$/i.test(before)) continue;
    }
    const start = match.index + whole.length - value.length;
    const digits = value.replace(/\D/g, '').length;
    // Three digits are a card's verification code (CVV2), named so after 验证码 only.
    if (digits === 3 && !/验证码|驗證碼/.test(keyword)) continue;
    const kind = digits === 3 ? 'cvv' : 'sms-code';
    spans.push({ start, end: start + value.length, replacement: kind === 'cvv' ? '•••' : MASK, kind });
  }
  return spans;
}

/**
 * The keyword search resumes after each secret it masks, so "pin=pin=pin=…" is read once, not
 * once per keyword (which would be quadratic).
 */
export function secretSpans(text: string): Span[] {
  const spans: Span[] = [];
  secretKeyword.lastIndex = 0;
  for (let match = secretKeyword.exec(text); match; match = secretKeyword.exec(text)) {
    const keyword = match[1] ?? match[2] ?? '';
    const afterKeyword = match.index + match[0].length;
    secretConnector.lastIndex = afterKeyword;
    const joined = secretConnector.exec(text);
    secretToken.lastIndex = joined ? afterKeyword + joined[0].length : afterKeyword;
    const tokenMatch = secretToken.exec(text);
    if (!tokenMatch) continue;
    const token = tokenMatch[1]!.replace(/[.]+$/, '');
    if (!token || notASecret.has(token.toLowerCase())) continue;
    // Without "is"/":" only something with a digit is a secret ("PIN 1234", not "PIN tries").
    if (!joined && !/\d/.test(token)) continue;
    const start = tokenMatch.index + tokenMatch[0].length - tokenMatch[1]!.length;
    spans.push({
      start,
      end: start + token.length,
      replacement: MASK,
      kind: pinKeyword.test(keyword) ? 'pin' : 'password',
    });
    secretKeyword.lastIndex = start + token.length;
  }
  return spans;
}
