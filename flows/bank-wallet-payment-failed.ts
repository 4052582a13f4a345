/**
 * A payment from a bank's digital (e-CNY, 数字人民币) wallet failed (seed 004, docs/domain.md §1a):
 * balance (a 四类 wallet cannot top up from a bank card), wallet-tier and sub-wallet limits,
 * verification, the wallet's identity details, the linked bank card, a declining operator bank,
 * merchant acceptance, tap-to-pay, maintenance, a payment still waiting, money taken after a
 * failure, and the account itself: password and login, the pay button, missing history. Facts and
 * their sources: docs/domain.md; the flow × cause table: docs/flow-causes.md.
 *
 * Limits are shown as examples: they differ by bank and have changed over time, so the user is
 * always sent to the figures in their own wallet app.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  askAmountFor,
  checkMoneyBack,
  choose,
  diagnosis,
  endings,
  explain,
  fix,
  noMessageShown,
  TO_TICKET,
  type Choice,
  type Routes,
} from '../src/engine/steps.js';
import { md, t } from '../src/engine/text.js';

const none: Choice = {
  id: 'none',
  label: t('none'),
  target: TO_TICKET,
};

/** Cheapest check first; trouble with the account or the app has its own short list. */
const otherCauses: Choice[] = [
  {
    id: 'network',
    label: t('otherCauses.network'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'balance',
    label: t('otherCauses.balance'),
    target: 'fixingWalletBalance',
    cause: 'insufficient-balance',
    unlessTried: 'top-up-wallet',
  },
  {
    id: 'verification',
    label: t('otherCauses.verification'),
    target: 'fixingVerification',
    cause: 'verification-failed',
    unlessTried: 'redo-verification',
  },
  {
    id: 'pending',
    label: t('otherCauses.pending'),
    target: 'fixingPendingPayment',
    cause: 'payment-pending',
    unlessTried: 'wait-for-pending',
  },
  {
    id: 'limit',
    label: t('otherCauses.limit'),
    target: 'askingAmountForLimit',
    cause: 'limit-exceeded',
    unlessTried: 'check-wallet-limits',
  },
  {
    id: 'identity',
    label: t('otherCauses.identity'),
    target: 'fixingIdentity',
    cause: 'account-incomplete',
    unlessTried: 'update-identity',
  },
  {
    id: 'card',
    label: t('otherCauses.card'),
    target: 'fixingLinkedCard',
    cause: 'card-expired-or-locked',
    unlessTried: 'check-linked-card',
  },
  {
    id: 'merchant',
    label: t('otherCauses.merchant'),
    target: 'fixingMerchant',
    cause: 'merchant-unsupported',
    unlessTried: 'check-merchant-acceptance',
  },
  {
    id: 'tap',
    label: t('otherCauses.tap'),
    target: 'fixingTapToPay',
    cause: 'device-unsupported',
    unlessTried: 'check-nfc',
  },
  {
    id: 'maintenance',
    label: t('otherCauses.maintenance'),
    target: 'fixingMaintenance',
    cause: 'maintenance',
    unlessTried: 'wait-for-maintenance',
  },
  {
    id: 'charged',
    label: t('otherCauses.charged'),
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-charge',
  },
  {
    id: 'account',
    label: t('otherCauses.account'),
    target: 'askingAccountProblem',
  },
  none,
];

const accountProblems: Choice[] = [
  {
    id: 'password',
    label: t('accountProblems.password'),
    target: 'fixingPassword',
    cause: 'verification-failed',
    unlessTried: 'reset-password',
  },
  {
    id: 'app',
    label: t('accountProblems.app'),
    target: 'fixingApp',
    unlessTried: 'restart-app',
  },
  {
    id: 'history',
    label: t('accountProblems.history'),
    target: 'fixingHistory',
    unlessTried: 'reload-history',
  },
  none,
];

/** Every cause the classifier can name, and where it leads in this flow. */
const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingWalletBalance',
  'verification-failed': 'fixingVerification',
  'payment-pending': 'fixingPendingPayment',
  // The advice compares the amount with the wallet tiers' caps: asked first if the host did not give it.
  'limit-exceeded': 'askingAmountForLimit',
  'account-incomplete': 'fixingIdentity',
  // The card linked to the wallet, not the wallet's password (the bug).
  'card-expired-or-locked': 'fixingLinkedCard',
  'card-info-invalid': 'fixingLinkedCard',
  'bank-restricted': 'fixingBankDecline',
  'merchant-unsupported': 'fixingMerchant',
  'device-unsupported': 'fixingTapToPay',
  maintenance: 'fixingMaintenance',
  'risk-control': 'fixingRiskControl',
  // The date the money should be back needs when it was taken (the wallet is the payment method).
  'duplicate-charge': 'checkingWhenCharged',
  'already-registered': 'explainingRegistration',
};

export const bankWalletPaymentFailed = flowSetup.createMachine({
  id: 'bank-wallet-payment-failed',
  version: '3',
  context: ({ input }) => initialContext(input),
  // The person paid from an e-CNY wallet: money-back advice uses its rule (docs/domain.md §6).
  entry: { type: 'assumePaymentMethod', params: { method: 'e-cny' } },
  initial: 'askingError',
  states: {
    // Seed 004: note the exact error message or code, support will use it.
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t('askingError.question'),
      placeholder: t('askingError.placeholder'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, otherCauses),
    askingAccountProblem: choose(t('askingAccountProblem'), accountProblems),
    // Seed 004: switch to Wi-Fi or 4G; no public Wi-Fi for large payments. docs/domain.md §2b
    // (network): check the history before paying again, the payment may have gone through.
    fixingNetwork: fix('check-network', {
      title: t('fixingNetwork.title'),
      text: md('fixingNetwork.text'),
      next: 'askingOtherCause',
    }),
    // Seed 004: top up by bank transfer or cash. docs/domain.md §1a: 从手机银行转入 (S1, S2); a 四类
    // wallet cannot top up from a card, linking an own-name card makes it 二类 (S1, S2); wallets
    // with several operator banks (S2); 随用随充 and its switch (S31); cash into e-CNY at ICBC and ABC
    // ATMs for a real-name wallet at that bank (S31). A counter cash top-up is UNVERIFIED (§8): not said.
    fixingWalletBalance: fix('top-up-wallet', {
      title: t('fixingWalletBalance.title'),
      text: md('fixingWalletBalance.text'),
      next: 'askingOtherCause',
    }),
    ...askAmountFor('askingAmountForLimit', 'fixingWalletLimit'),
    // docs/domain.md §1a: 四类 2,000 per payment, 5,000 per day, 10,000 balance (S3, S4, S5); 二类
    // 50,000 and 100,000 (S5, S6), the same figures as src/engine/advice/limits.ts, whose advice line
    // after the text compares the person's amount with them. Sub-wallet limits set by the user and the
    // upgrade path (S2); PSBC lowers limits for an expired ID (S8).
    fixingWalletLimit: fix('check-wallet-limits', {
      title: t('fixingWalletLimit.title'),
      text: md('fixingWalletLimit.text'),
      advice: { kind: 'limit', scheme: 'e-cny' },
      next: 'askingOtherCause',
    }),
    // Seed 004: redo the check, check the details one by one, update changed details. docs/domain.md
    // §2c (S18, S31, S40): sources disagree on which phone gets a code, so both are named.
    fixingVerification: fix('redo-verification', {
      title: t('fixingVerification.title'),
      text: md('fixingVerification.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c, S26: USERPAYING means the payment waits for the person's password; the
    // merchant queries it for about 30 s. Paying again meanwhile can pay twice.
    fixingPendingPayment: fix('wait-for-pending', {
      title: t('fixingPendingPayment.title'),
      text: md('fixingPendingPayment.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (account-kyc: 证件过期, 身份信息不完整): PSBC lowers limits and restricts
    // services for an expired ID or incomplete data until it is updated in the app, mobile banking
    // or a branch (S8); the upgrade path (S2).
    fixingIdentity: fix('update-identity', {
      title: t('fixingIdentity.title'),
      text: md('fixingIdentity.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (card-expired-locked, card-info): use the renewed card; details must match
    // the bank's records, own cards only (S18). Lost and stolen cards get the same words (S37, S38).
    // 随用随充 takes a short balance from the linked card, its switch is under 钱包管理 → 银行卡管理 (S31);
    // 从手机银行转入 (S1, S2).
    fixingLinkedCard: fix('check-linked-card', {
      title: t('fixingLinkedCard.title'),
      text: md('fixingLinkedCard.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (bank-restriction: do not honor, 05, 57, 62; contact the issuer, S11, S37);
    // never reveal a refusal reason (S38). e-CNY hotline 956196, +86 10 956196 from abroad (S32, §7).
    fixingBankDecline: fix('ask-operator-bank', {
      title: t('fixingBankDecline.title'),
      text: md('fixingBankDecline.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §1a (S2): acceptance differs by region, platform and goods.
    fixingMerchant: fix('check-merchant-acceptance', {
      title: t('fixingMerchant.title'),
      text: md('fixingMerchant.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §1a: NFC phones only; an iPhone could tap merchant tags only (S2, 2022); checks
    // often failed on old phone systems (S1).
    fixingTapToPay: fix('check-nfc', {
      title: t('fixingTapToPay.title'),
      text: md('fixingTapToPay.text'),
      next: 'askingOtherCause',
    }),
    // Seed 004: the bank's website or official account for maintenance notices; wait.
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('fixingMaintenance.title'),
      text: md('fixingMaintenance.text'),
      next: 'askingOtherCause',
    }),
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'fixingDuplicateCharge'),
    // Seed 004: check the history for a duplicate charge and report it to the bank. docs/domain.md
    // §5.2: a failed e-CNY payment goes back to the wallet, the part 随用随充 took from a card back to
    // that card (S31); its timing is UNVERIFIED, so the advice line's date is the product's choice
    // (§6). ISO 94 alone does not show money was taken (S39): the text asks the person to look.
    fixingDuplicateCharge: fix('check-charge', {
      title: t('fixingDuplicateCharge.title'),
      text: md('fixingDuplicateCharge.text'),
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: TO_TICKET,
    }),
    // docs/domain.md §2a, §2c: Stripe and Adyen say never to tell the shopper a fraud or risk reason
    // (S37, S38), so this names no reason. e-CNY hotline 956196 (S32).
    fixingRiskControl: fix('contact-official-channel', {
      title: t('fixingRiskControl.title'),
      text: md('fixingRiskControl.text'),
      next: TO_TICKET,
    }),
    // Seed 004: wrong passwords, the recovery process, never tell anyone the password.
    fixingPassword: fix('reset-password', {
      title: t('fixingPassword.title'),
      text: md('fixingPassword.text'),
      next: 'askingOtherCause',
    }),
    // Seed 004: the pay button does not work; restart the app or the phone, check the network.
    fixingApp: fix('restart-app', {
      title: t('fixingApp.title'),
      text: md('fixingApp.text'),
      next: 'askingOtherCause',
    }),
    // Seed 004: history missing after an update; restart the app or contact technical support.
    fixingHistory: fix('reload-history', {
      title: t('fixingHistory.title'),
      text: md('fixingHistory.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §1a, S7: one wallet of each of 一, 二 and 三类 per person is CCB's rule; no source
    // shows it for other banks, so it is said as one bank's rule, never every bank's.
    explainingRegistration: explain(md('explainingRegistration')),
    ...endings({ collect: ['occurredAt', 'amount'] }),
  },
});
