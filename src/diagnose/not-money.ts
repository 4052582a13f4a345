/**
 * When a number in an answer is something other than money: a count ("3件", "3 items"), a
 * reference ("订单12345", "order 12345", "#123", "错误码 51"), part of markup ("<b>1</b>") or a
 * code in brackets ("交易失败(1)"). Only a number without a currency is judged: "¥88" is money
 * wherever it stands. Patterns read NFKC, Simplified (toSimplified), lower-cased text.
 */

/** A number followed by one of these counts something. */
const countAfter =
  /^\s*(?:次|笔|个|天|日|号|月|年|岁|张|位|人|%|倍|折|小时|时|分钟|分|秒|点|:|周|星期|遍|条|家|台|部|件|楼|层|期|位数|样|单|包|瓶|盒|份|杯|箱|双|套|本|h\b|hours?\b|hrs?\b|mins?\b|minutes?\b|secs?\b|seconds?\b|days?\b|weeks?\b|months?\b|years?\b|times?\b|items?\b|pcs\b|pieces?\b|orders?\b|units?\b|tickets?\b|attempts?\b|tries\b|am\b|pm\b|st\b|nd\b|rd\b|th\b|x\b|\/)/;

/** A number after one of these is a reference, a code, a time or a date. */
const referenceBefore =
  /(?:第|#|尾号|卡号|订单号?|订单编号|单号|流水号|交易号|交易编号|参考号|手机号?|电话|号码|编号|码|错误|(?<![a-z])(?:no\.?|code|error|err|order(?:\s*(?:no\.?|number|id))?|ref(?:erence)?|invoice|txn|id|version|v)|\d:|\/|\d-|版本)[\s:=]*$/;

/** An HTML or XML tag: a pasted snippet of a page, not an answer. */
const markup = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/;

const opening = /[([【〔]\s*$/;
const closing = /^\s*[)\]】〕]/;

/** Whether the text holds markup: then no number in it is money unless a currency says so. */
export function hasMarkup(folded: string): boolean {
  return markup.test(folded);
}

/** Whether the number at [start, end) of `folded` is a count, a reference or a bracketed code. */
export function isNotMoney(folded: string, start: number, end: number): boolean {
  const before = folded.slice(0, start);
  const after = folded.slice(end);
  return countAfter.test(after) || referenceBefore.test(before) || (opening.test(before) && closing.test(after));
}
