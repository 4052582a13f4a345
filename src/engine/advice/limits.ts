/**
 * Compares the amount with the caps that apply and says what fits: split into N payments, or the
 * tier whose cap covers it. Caps and sources: docs/domain.md §1a (e-CNY wallet tiers) and §1b
 * (the PBOC 2015 caps on balance payments from payment accounts). The person is always sent to
 * the figures in their own app: caps differ by bank and have changed over time.
 */
import type { Locale } from '../../diagnose/types.js';
import type { Facts } from '../context.js';
import { element as h, fill, type Rich, type RichElement, type RichNode } from '../rich.js';
import { localize, md, t, type Markdown, type Text } from '../text.js';
import { formatMoney, fromMinor, toMinor } from './money.js';

/** Where the money came from, which decides the caps. */
export type LimitScheme = 'e-cny' | 'wallet-balance';

interface Tier {
  name: Text;
  /** Per payment and per day, in fen; undefined: no cap. */
  perPayment?: bigint;
  perDay?: bigint;
  /** The figure is widely repeated but no source confirmed it (docs/domain.md marks it UNVERIFIED). */
  unverified?: boolean;
}

const yuan = (value: number) => BigInt(value) * 100n;

/** Lowest tier first. 四类 is the e-CNY app's default (phone number only). */
export const eCnyTiers: readonly Tier[] = [
  { name: t('四类钱包', 'tier 4 (四类) wallet', '四類錢包'), perPayment: yuan(2000), perDay: yuan(5000) },
  {
    name: t('三类钱包', 'tier 3 (三类) wallet', '三類錢包'),
    perPayment: yuan(5000),
    perDay: yuan(10000),
    unverified: true,
  },
  { name: t('二类钱包', 'tier 2 (二类) wallet', '二類錢包'), perPayment: yuan(50000), perDay: yuan(100000) },
  { name: t('一类钱包', 'tier 1 (一类) wallet', '一類錢包') },
];

/** Balance payments of a payment account per day, by how strongly it was verified (PBOC 2015 rules). */
export const balanceDailyCaps = { fewerThanTwoFactors: yuan(1000), twoFactors: yuan(5000) } as const;

const fits = (tier: Tier, amount: bigint) =>
  (tier.perPayment === undefined || amount <= tier.perPayment) && (tier.perDay === undefined || amount <= tier.perDay);

// The sentences, with the person's figures as {placeholders} (filled by `fill`).
const eCny = {
  over: t(
    '{amount} 超过了四类钱包（数字人民币 App 默认的等级，只用手机号开通）的单笔上限 {cap}。您可以：',
    "{amount} is more than a tier 4 (四类) wallet, the e-CNY app's default opened with a phone number only, allows in one payment ({cap}). You can:",
    '{amount} 超過了四類錢包（數位人民幣 App 預設的等級，只用手機號碼開通）的單筆上限 {cap}。您可以：',
  ),
  split: md(
    '- 分成 **{parts} 笔**付款，每笔不超过 {cap}（四类钱包每天最多 {dayCap}）；',
    '- pay it in **{parts} payments** of at most {cap} each (a tier 4 wallet allows {dayCap} a day), or',
    '- 分成 **{parts} 筆**付款，每筆不超過 {cap}（四類錢包每天最多 {dayCap}）；',
  ),
  upgrade: md(
    '- 或者把钱包升级为**{tier}**（单笔上限 {tierCap}）：在 App 里点钱包卡片 →“…”→ 升级钱包。',
    '- upgrade the wallet to a **{tier}** ({tierCap} a payment): in the app, tap the wallet card → "…" → 升级钱包 (upgrade).',
    '- 或把錢包升級為**{tier}**（單筆上限 {tierCap}）：在 App 裡點錢包卡片 →「…」→ 升級錢包。',
  ),
  upgradeAtCounter: md(
    '- 或者把钱包升级为**{tier}**（没有单笔上限，需要到银行柜台办理）。',
    '- upgrade the wallet to a **{tier}** (no per-payment cap; opened at a bank counter).',
    '- 或把錢包升級為**{tier}**（沒有單筆上限，需要到銀行櫃檯辦理）。',
  ),
  // Said for a tier 3 cap, which no source confirmed.
  about: t('约', 'about', '約'),
  check: t(
    '各银行的限额不同，请以 App 里显示的为准。',
    'Caps differ between banks: the ones in your app are the ones that apply.',
    '各銀行的限額不同，請以 App 裡顯示的為準。',
  ),
  withinEveryTier: t(
    '{amount} 没有超过任何等级钱包的单笔上限，所以拦住它的更可能是当天累计的限额、您自己给子钱包设的限额，或者钱包的余额上限。',
    "{amount} is within the per-payment cap of every wallet tier, so what stopped it is more likely the day's total, a limit you set on a sub-wallet yourself, or the wallet's balance cap.",
    '{amount} 沒有超過任何等級錢包的單筆上限，所以攔住它的比較可能是當天累計的限額、您自己為子錢包設定的限額，或錢包的餘額上限。',
  ),
};

const balance = {
  withinCaps: t(
    '{amount} 没有超过余额支付的每日上限，拦住它的更可能是银行卡的单笔或单日限额：请在银行 App 里查看快捷支付限额。',
    "{amount} is within the daily caps on balance payments, so the limit is more likely your bank card's per-payment or daily limit: check the quick-payment (快捷支付) limits in your bank's app.",
    '{amount} 沒有超過餘額付款的每日上限，攔住它的比較可能是銀行卡的單筆或單日限額：請在行動銀行 App 裡查看快捷付款限額。',
  ),
  overLow: t(
    '用余额付款时，只完成一种身份验证的账户每天最多付 {low}，完成两种以上验证的账户每天最多 {high}。{amount} 超过了 {low}：请在钱包里补充身份验证（例如绑定本人银行卡），或改用银行卡付款。',
    'From a wallet balance, accounts verified with fewer than two factors can pay at most {low} a day, and those verified with two or more {high}. {amount} is over {low}: add a verification in the wallet (for example link a bank card in your name), or pay with a bank card.',
    '用餘額付款時，只完成一種身分驗證的帳戶每天最多付 {low}，完成兩種以上驗證的帳戶每天最多 {high}。{amount} 超過了 {low}：請在錢包裡補充身分驗證（例如綁定本人的銀行卡），或改用銀行卡付款。',
  ),
  overHigh: t(
    '用余额一天最多能付 {high}（完成两种以上身份验证的账户），{amount} 超过了这个上限。请改用银行卡付款，或联系钱包客服了解更高额度的验证方式。',
    "From a wallet balance you can pay at most {high} a day (accounts verified with two or more factors), and {amount} is more than that. Pay with a bank card instead, or ask the wallet's support how to verify for higher limits.",
    '用餘額一天最多能付 {high}（完成兩種以上身分驗證的帳戶），{amount} 超過了這個上限。請改用銀行卡付款，或聯絡錢包客服了解更高額度的驗證方式。',
  ),
};

const money = (minor: bigint) => formatMoney(fromMinor(minor, 'CNY'));

/** The list item a one-item markdown list compiles to. */
function item(text: Markdown, locale: Locale, values: Record<string, string>): RichNode {
  const list = localize(text, locale) as RichElement[];
  return fill(list, values)[0]![1]!;
}

/** The advice for this amount, or undefined when the amount is not known in yuan. */
export function limitAdvice(facts: Facts, scheme: LimitScheme, locale: Locale): Rich | undefined {
  const amount = facts.amount;
  if (!amount || amount.currency !== 'CNY') return undefined;
  const minor = toMinor(amount.value);
  const said = formatMoney(amount);
  return scheme === 'e-cny' ? eCnyAdvice(minor, said, locale) : balanceAdvice(minor, said, locale);
}

function eCnyAdvice(amount: bigint, said: string, locale: Locale): Rich {
  const lowest = eCnyTiers[0]!;
  if (fits(lowest, amount)) return fill(localize(eCny.withinEveryTier, locale), { amount: said });
  const cover = eCnyTiers.find((tier) => fits(tier, amount))!;
  const values = {
    amount: said,
    cap: money(lowest.perPayment!),
    dayCap: money(lowest.perDay!),
    parts: String((amount + lowest.perPayment! - 1n) / lowest.perPayment!),
    tier: localize(cover.name, locale),
    tierCap:
      cover.perPayment === undefined
        ? ''
        : `${cover.unverified ? `${localize(eCny.about, locale)} ` : ''}${money(cover.perPayment)}`,
  };
  // Split only what a tier 4 wallet can pay in one day.
  const canSplit = amount <= lowest.perDay!;
  return [
    h('p', fill(localize(eCny.over, locale), values)),
    h(
      'ul',
      ...(canSplit ? [item(eCny.split, locale, values)] : []),
      item(cover.perPayment === undefined ? eCny.upgradeAtCounter : eCny.upgrade, locale, values),
    ),
    h('p', localize(eCny.check, locale)),
  ];
}

function balanceAdvice(amount: bigint, said: string, locale: Locale): Rich {
  const { fewerThanTwoFactors, twoFactors } = balanceDailyCaps;
  const values = { amount: said, low: money(fewerThanTwoFactors), high: money(twoFactors) };
  const text =
    amount <= fewerThanTwoFactors ? balance.withinCaps : amount > twoFactors ? balance.overHigh : balance.overLow;
  return fill(localize(text, locale), values);
}
