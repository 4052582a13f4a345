/**
 * Topping up the wallet from a bank card failed (seed 003): not enough money on the card, the
 * card expired, damaged or locked, a card linked wrongly, bank restrictions on wallet top-ups,
 * limits, system faults, the network, an identity check, the app, a top-up still processing, and
 * money that left the card without reaching the wallet. Facts and their sources: docs/domain.md;
 * the flow × cause table: docs/flow-causes.md.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  checkMoneyBack,
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

/** Cheapest check first: the connection and the card's balance before calling the bank. */
const otherCauses: Choice[] = [
  {
    id: 'network',
    label: t('otherCauses.network'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'bank-balance',
    label: t('otherCauses.bank-balance'),
    target: 'fixingBankBalance',
    cause: 'insufficient-balance',
    unlessTried: 'check-bank-balance',
  },
  {
    id: 'processing',
    label: t('otherCauses.processing'),
    target: 'fixingProcessingTopUp',
    cause: 'payment-pending',
    unlessTried: 'wait-for-top-up',
  },
  {
    id: 'limit',
    label: t('otherCauses.limit'),
    target: 'fixingTopUpLimit',
    cause: 'limit-exceeded',
    unlessTried: 'check-top-up-limits',
  },
  {
    id: 'card',
    label: t('otherCauses.card'),
    target: 'fixingCardStatus',
    cause: 'card-expired-or-locked',
    unlessTried: 'check-card-status',
  },
  {
    id: 'binding',
    label: t('otherCauses.binding'),
    target: 'fixingBinding',
    cause: 'card-info-invalid',
    unlessTried: 'relink-card',
  },
  {
    id: 'identity',
    label: t('otherCauses.identity'),
    target: 'fixingIdentity',
    cause: 'verification-failed',
    unlessTried: 'redo-identity-check',
  },
  {
    id: 'bank',
    label: t('otherCauses.bank'),
    target: 'fixingBankRestriction',
    cause: 'bank-restricted',
    unlessTried: 'ask-bank-to-enable',
  },
  {
    id: 'card-not-accepted',
    label: t('otherCauses.card-not-accepted'),
    target: 'fixingCardNotAccepted',
    cause: 'merchant-unsupported',
    unlessTried: 'use-supported-card',
  },
  {
    id: 'app',
    label: t('otherCauses.app'),
    target: 'fixingApp',
    unlessTried: 'update-app',
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
    unlessTried: 'check-top-up-record',
  },
  { id: 'none', label: t('otherCauses.none'), target: TO_TICKET },
];

/** Every cause the classifier can name, and where it leads in this flow. */
const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingBankBalance',
  // Still processing: no money-back date yet (docs/domain.md §6: the clock starts once it failed).
  'payment-pending': 'fixingProcessingTopUp',
  'limit-exceeded': 'fixingTopUpLimit',
  'card-expired-or-locked': 'fixingCardStatus',
  'card-info-invalid': 'fixingBinding',
  'verification-failed': 'fixingIdentity',
  'account-incomplete': 'fixingIdentity',
  'bank-restricted': 'fixingBankRestriction',
  'merchant-unsupported': 'fixingCardNotAccepted',
  'device-unsupported': 'fixingApp',
  maintenance: 'fixingMaintenance',
  'risk-control': 'fixingRiskControl',
  // The date the money should be back needs when it was taken and which card paid.
  'duplicate-charge': 'checkingWhenCharged',
  'already-registered': 'explainingRegistration',
};

export const topUpFailed = flowSetup.createMachine({
  id: 'top-up-failed',
  version: '3',
  context: ({ input }) => initialContext(input),
  initial: 'askingError',
  states: {
    // Seed 003: support needs the time, the amount and the error; the error comes first here, the
    // time and amount on the way to the ticket.
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t('askingError.question'),
      placeholder: t('askingError.placeholder'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, otherCauses),
    // Seed 003: switch networks, avoid peak hours, restart the router. docs/domain.md §2b
    // (network): check the record before trying again, the top-up may have gone through.
    fixingNetwork: fix('check-network', {
      title: t('fixingNetwork.title'),
      text: md('fixingNetwork.text'),
      next: 'askingOtherCause',
    }),
    // Seed 003: 余额不足; check the card and its balance.
    fixingBankBalance: fix('check-bank-balance', {
      title: t('fixingBankBalance.title'),
      text: md('fixingBankBalance.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c, S26: a pending result (USERPAYING, BANKERROR: the bank timed out) is not
    // a failure yet; check the result before trying again, or it may be taken twice.
    fixingProcessingTopUp: fix('wait-for-top-up', {
      title: t('fixingProcessingTopUp.title'),
      text: md('fixingProcessingTopUp.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §1b (S33): money paid through a wallet with a bank card follows the bank's
    // limits, not the balance-payment caps, so no cap advice is computed here. §1a: a 四类 e-CNY
    // wallet holds at most 10,000 yuan (S1, S3, S5) and cannot top up from a bank card; 从手机银行转入
    // instead, and linking an own-name card makes it 二类 (S1, S2).
    fixingTopUpLimit: fix('check-top-up-limits', {
      title: t('fixingTopUpLimit.title'),
      text: md('fixingTopUpLimit.text'),
      next: 'askingOtherCause',
    }),
    // Seed 003: expired, damaged or locked cards; call the bank. docs/domain.md §2b
    // (card-expired-locked): lost and stolen cards get the same words, the reason stays between
    // the bank and the cardholder (S37).
    fixingCardStatus: fix('check-card-status', {
      title: t('fixingCardStatus.title'),
      text: md('fixingCardStatus.text'),
      next: 'askingOtherCause',
    }),
    // Seed 003: a card linked wrongly. docs/domain.md §2b (card-info) and S18: only your own card,
    // and name, ID number, card number and the bank's phone number must match its records.
    fixingBinding: fix('relink-card', {
      title: t('fixingBinding.title'),
      text: md('fixingBinding.text'),
      next: 'askingOtherCause',
    }),
    // Seed 003: redo the identity check with exact details. docs/domain.md §2c (S18, S40): sources
    // disagree on which phone gets a code, so both are named. §2b (account-kyc, S8, S36): complete
    // real-name verification or update an expired ID.
    fixingIdentity: fix('redo-identity-check', {
      title: t('fixingIdentity.title'),
      text: md('fixingIdentity.text'),
      next: 'askingOtherCause',
    }),
    // Seed 003: some banks restrict wallet or electronic payments; call the bank. docs/domain.md
    // §2b (bank-restriction; Stripe: contact the card issuer, S11, S37).
    fixingBankRestriction: fix('ask-bank-to-enable', {
      title: t('fixingBankRestriction.title'),
      text: md('fixingBankRestriction.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (merchant: "not supported"). Which banks and card types a wallet takes for
    // top-ups is in no source (UNVERIFIED), so the text sends the person to the wallet's own list;
    // own-name cards only: S18. 从手机银行转入 for e-CNY: §1a (S1, S2).
    fixingCardNotAccepted: fix('use-supported-card', {
      title: t('fixingCardNotAccepted.title'),
      text: md('fixingCardNotAccepted.text'),
      next: 'askingOtherCause',
    }),
    // Seed 003: keep the app on its latest version (注意系统更新). docs/domain.md §2b
    // (device-unsupported: update the app or system; switches the user controls, S1, S2, S36).
    fixingApp: fix('update-app', {
      title: t('fixingApp.title'),
      text: md('fixingApp.text'),
      next: 'askingOtherCause',
    }),
    // Seed 003: maintenance, updates or a server outage; check the announcements and wait.
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('fixingMaintenance.title'),
      text: md('fixingMaintenance.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2a, §2c: Stripe and Adyen say never to tell the shopper a fraud or risk
    // reason (S37, S38), so this names no reason and sends the person to the official channels.
    fixingRiskControl: fix('contact-official-channel', {
      title: t('fixingRiskControl.title'),
      text: md('fixingRiskControl.text'),
      next: TO_TICKET,
    }),
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'fixingPendingTopUp', ['debit-card', 'credit-card']),
    // docs/domain.md §5: money taken for a failed payment is a debit returned the way it came, not a
    // hold (S24, S25, S27); a return to a card shows on the bank statement (S23, S27). The advice line
    // gives the person's own date. Seed 003's security section (docs/domain.md §8): do not follow
    // links of unknown origin; official channels only.
    fixingPendingTopUp: fix('check-top-up-record', {
      title: t('fixingPendingTopUp.title'),
      text: md('fixingPendingTopUp.text'),
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: TO_TICKET,
    }),
    // docs/domain.md §2b (already-registered): a message of registering or linking, not of a top-up.
    explainingRegistration: explain(md('explainingRegistration')),
    ...endings({ collect: ['occurredAt', 'amount'] }),
  },
});
