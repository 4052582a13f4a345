/**
 * When money should be back: after a payment that failed but was debited (returned the way it
 * came, 冲正 or an automatic refund), and after a merchant's refund. The rules and their sources
 * are docs/domain.md §5 and §6; each figure is the longer of what the sources say, so the widget
 * never calls money overdue too early. Working days skip weekends only (see calendar.ts).
 */
import type { Locale } from '../../diagnose/types.js';
import type { Facts, PaymentMethod } from '../context.js';
import { element as h, fill, type Rich, type RichNode } from '../rich.js';
import { localize, md, t, type Markdown, type Text } from '../text.js';
import { deadlineAfter, formatDay, formatDayCount, type DayCount } from './calendar.js';

/** Why money is expected back: a failed payment that was debited, or a refund the merchant made. */
export type MoneyBackCase = 'failed-payment' | 'refund';

/** How the money was paid, or not remembered (then the longest domestic rule applies). */
type MethodOrUnknown = PaymentMethod | 'unknown';

export const moneyBackRules: Record<MoneyBackCase, Record<MethodOrUnknown, DayCount>> = {
  'failed-payment': {
    // WeChat Pay's own failure notice: back "within 0-3 working days" (docs/domain.md S24, S27).
    balance: { days: 3, unit: 'working' },
    'debit-card': { days: 3, unit: 'working' },
    // Alipay: 3-7 days to a credit card (S27, S28).
    'credit-card': { days: 7, unit: 'working' },
    // No source gives e-CNY timing (UNVERIFIED): treated like a debit card, a product choice.
    'e-cny': { days: 3, unit: 'working' },
    unknown: { days: 7, unit: 'working' },
  },
  refund: {
    // To the balance: within 5 or 20 minutes (S23); the next day leaves a margin for a late refund.
    balance: { days: 1, unit: 'calendar' },
    // WeChat 1-3, Alipay 1-5 working days to a debit card (S23, S27, S13).
    'debit-card': { days: 5, unit: 'working' },
    // CITIC about 5, Alipay 3-7 working days (S28, S29).
    'credit-card': { days: 7, unit: 'working' },
    'e-cny': { days: 3, unit: 'working' },
    unknown: { days: 7, unit: 'working' },
  },
};

export const paymentMethodNames: Record<MethodOrUnknown, Text> = {
  balance: t('钱包余额', 'the wallet balance', '錢包餘額'),
  'debit-card': t('储蓄卡', 'a debit card', '金融卡'),
  'credit-card': t('信用卡', 'a credit card', '信用卡'),
  'e-cny': t('数字人民币钱包', 'an e-CNY wallet', '數位人民幣錢包'),
  unknown: t('原付款方式', 'the way you paid', '原付款方式'),
};

/** Where returned money shows up: a card's return is on the bank statement, not in the wallet (S23, S27, S28). */
const whereToLook: Record<MethodOrUnknown, Text | undefined> = {
  balance: undefined,
  'e-cny': undefined,
  'debit-card': t(
    '退回银行卡的钱显示在银行账单里，不在钱包余额里，银行也不一定发短信。',
    'Money returned to a card shows on the bank statement, not in the wallet balance, and banks do not always send a text.',
    '退回銀行卡的錢會顯示在銀行帳單裡，不在錢包餘額裡，銀行也不一定發簡訊。',
  ),
  'credit-card': t(
    '退回信用卡的钱显示在信用卡账单里，可能到下一期才出现；在那之前请照常还款。',
    'Money returned to a credit card shows on the card statement, possibly only on the next one; keep paying the bill until then.',
    '退回信用卡的錢會顯示在信用卡帳單裡，可能到下一期才出現；在那之前請照常繳款。',
  ),
  unknown: t(
    '退回银行卡的钱显示在银行账单里，不在钱包余额里。',
    'Money returned to a card shows on the bank statement, not in the wallet balance.',
    '退回銀行卡的錢會顯示在銀行帳單裡，不在錢包餘額裡。',
  ),
};

/** The person's own date, with {day} (when it was paid), {method}, {rule} and {by} filled in. */
const expected: Record<MoneyBackCase, Markdown> = {
  'failed-payment': md(
    '您在{day}用{method}付款。付款失败时被扣的钱会原路退回，{method}一般在 {rule}内到账，也就是最晚 **{by}**。到那天还没退回，请回来提交工单，客服会帮您查。',
    'You paid with {method} on {day}. Money taken for a payment that failed goes back the way it came; with {method} that takes up to {rule}, so it should be back by **{by}**. If it is not back by then, come back and file a ticket, and support will look into it.',
    '您在{day}用{method}付款。付款失敗時被扣的錢會原路退回，{method}一般在 {rule}內入帳，也就是最晚 **{by}**。到那天還沒退回，請回來提交客服單，客服會幫您查。',
  ),
  refund: md(
    '退款在{day}发起，退回{method}一般需要 {rule}，也就是最晚 **{by}** 到账。到那天还没收到，请回来提交工单。',
    'The refund was made on {day}; back to {method} it takes up to {rule}, so it should arrive by **{by}**. If it has not arrived by then, come back and file a ticket.',
    '退款在{day}發起，退回{method}一般需要 {rule}，也就是最晚 **{by}** 入帳。到那天還沒收到，請回來提交客服單。',
  ),
};

const overdue: Record<MoneyBackCase, Text> = {
  'failed-payment': t(
    '您在{day}用{method}付款，按规则这笔钱最晚应在{by}前退回，现在已经超过了这个日期。我们直接把情况交给客服处理。',
    "You paid with {method} on {day}, so the money should have been back by {by}, and that date has passed. Let's hand this to support now.",
    '您在{day}用{method}付款，依規定這筆錢最晚應在{by}前退回，現在已經超過這個日期。我們直接把情況交給客服處理。',
  ),
  refund: t(
    '退款在{day}发起，退回{method}最晚应在{by}前到账，现在已经超过了这个日期。我们直接把情况交给客服处理。',
    "The refund was made on {day}, so it should have reached {method} by {by}, and that date has passed. Let's hand this to support now.",
    '退款在{day}發起，退回{method}最晚應在{by}前入帳，現在已經超過這個日期。我們直接把情況交給客服處理。',
  ),
};

const general: Record<MoneyBackCase, Text> = {
  'failed-payment': t(
    '付款失败时被扣的钱会原路退回：钱包余额、储蓄卡和数字人民币一般在 3 个工作日内，信用卡最长约 7 个工作日（遇节假日顺延）。',
    'Money taken for a payment that failed goes back the way it came: to the wallet balance, a debit card or an e-CNY wallet usually within 3 working days, to a credit card within about 7 working days (later around public holidays).',
    '付款失敗時被扣的錢會原路退回：錢包餘額、金融卡和數位人民幣一般在 3 個工作天內，信用卡最長約 7 個工作天（遇國定假日順延）。',
  ),
  refund: t(
    '退款会原路退回：退到钱包余额一般几分钟内到账，储蓄卡最长约 5 个工作日，信用卡最长约 7 个工作日（遇节假日顺延）。',
    'A refund goes back the way you paid: to the wallet balance usually within minutes, to a debit card within about 5 working days, to a credit card within about 7 working days (later around public holidays).',
    '退款會原路退回：退到錢包餘額一般幾分鐘內入帳，金融卡最長約 5 個工作天，信用卡最長約 7 個工作天（遇國定假日順延）。',
  ),
};

const methodOf = (facts: Facts): MethodOrUnknown => facts.paymentMethod ?? 'unknown';

/** The day by which the money should be back; undefined while the time is unknown. */
export function moneyBackBy(facts: Facts, kind: MoneyBackCase): Date | undefined {
  if (!facts.occurredAt) return undefined;
  const from = new Date(facts.occurredAt);
  if (Number.isNaN(from.getTime())) return undefined;
  return deadlineAfter(from, moneyBackRules[kind][methodOf(facts)]);
}

export function isMoneyBackOverdue(facts: Facts, kind: MoneyBackCase, now: Date = new Date()): boolean {
  const by = moneyBackBy(facts, kind);
  return by !== undefined && now.getTime() > by.getTime();
}

function values(facts: Facts, kind: MoneyBackCase, locale: Locale, now: Date) {
  const method = methodOf(facts);
  return {
    day: formatDay(new Date(facts.occurredAt!), locale, now),
    method: localize(paymentMethodNames[method], locale),
    rule: formatDayCount(moneyBackRules[kind][method], locale),
    by: formatDay(moneyBackBy(facts, kind)!, locale, now),
  };
}

/** What to expect, with the concrete date when the time is known, and where to look for it. */
export function moneyBackAdvice(facts: Facts, kind: MoneyBackCase, locale: Locale, now: Date = new Date()): Rich {
  if (!moneyBackBy(facts, kind)) return localize(general[kind], locale);
  const said = fill(localize(expected[kind], locale), values(facts, kind, locale, now));
  const look = whereToLook[methodOf(facts)];
  const blocks: RichNode[] = typeof said === 'string' ? [h('p', said)] : said;
  return look ? [...blocks, h('p', localize(look, locale))] : blocks;
}

/** Said when the date has passed, on the way to the ticket. */
export function moneyBackOverdueNotice(
  facts: Facts,
  kind: MoneyBackCase,
  locale: Locale,
  now: Date = new Date(),
): Rich {
  return fill(localize(overdue[kind], locale), values(facts, kind, locale, now));
}
