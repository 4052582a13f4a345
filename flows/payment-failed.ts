/**
 * A payment that failed (seeds 000 and 004): network, balance, security verification, merchant
 * support, maintenance, payment limits, the app itself, a declined card, and money taken although
 * the payment failed. Facts and their sources: docs/domain.md; the flow × cause table:
 * docs/flow-causes.md.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  askAmountFor,
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

/** Cheapest check first: the order the user sees them in. */
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
    target: 'fixingBalance',
    cause: 'insufficient-balance',
    unlessTried: 'check-balance',
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
    unlessTried: 'check-limits',
  },
  {
    id: 'card',
    label: t('otherCauses.card'),
    target: 'fixingBankDecline',
    cause: 'bank-restricted',
    unlessTried: 'ask-bank',
  },
  {
    id: 'merchant',
    label: t('otherCauses.merchant'),
    target: 'fixingMerchant',
    cause: 'merchant-unsupported',
    unlessTried: 'choose-supported-method',
  },
  {
    id: 'app',
    label: t('otherCauses.app'),
    target: 'fixingApp',
    unlessTried: 'restart-app',
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
  { id: 'none', label: t('otherCauses.none'), target: TO_TICKET },
];

/** Every cause the classifier can name, and where it leads in this flow. */
const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingBalance',
  'verification-failed': 'fixingVerification',
  'payment-pending': 'fixingPendingPayment',
  // The advice compares the amount with the caps: asked first if the host did not give it.
  'limit-exceeded': 'askingAmountForLimit',
  'merchant-unsupported': 'fixingMerchant',
  maintenance: 'fixingMaintenance',
  'card-info-invalid': 'fixingCardDetails',
  'bank-restricted': 'fixingBankDecline',
  'card-expired-or-locked': 'fixingCardStatus',
  'account-incomplete': 'fixingAccountVerification',
  'device-unsupported': 'fixingApp',
  'risk-control': 'fixingRiskControl',
  // The date the money should be back needs when it was taken and how it was paid.
  'duplicate-charge': 'checkingWhenCharged',
  'already-registered': 'explainingRegistration',
};

export const paymentFailed = flowSetup.createMachine({
  id: 'payment-failed',
  version: '5',
  context: ({ input }) => initialContext(input),
  initial: 'askingError',
  states: {
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t('askingError.question'),
      placeholder: t('askingError.placeholder'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, otherCauses),
    fixingNetwork: fix('check-network', {
      title: t('fixingNetwork.title'),
      text: md('fixingNetwork.text'),
      next: 'askingOtherCause',
    }),
    fixingBalance: fix('check-balance', {
      title: t('fixingBalance.title'),
      text: md('fixingBalance.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md S18: a bank card's SMS code goes to the phone the bank has on file; a
    // balance payment's code to the phone registered with the wallet.
    fixingVerification: fix('redo-verification', {
      title: t('fixingVerification.title'),
      text: md('fixingVerification.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md S15: USERPAYING means the payment waits for the person's password; the
    // merchant queries it for about 30 s. Paying again meanwhile can pay twice.
    fixingPendingPayment: fix('wait-for-pending', {
      title: t('fixingPendingPayment.title'),
      text: md('fixingPendingPayment.text'),
      next: 'askingOtherCause',
    }),
    ...askAmountFor('askingAmountForLimit', 'fixingLimit'),
    // Caps: docs/domain.md "Limits" (PBOC 2015 rules for balance payments); the advice line after
    // the text compares the person's amount with them.
    fixingLimit: fix('check-limits', {
      title: t('fixingLimit.title'),
      text: md('fixingLimit.text'),
      advice: { kind: 'limit', scheme: 'wallet-balance' },
      next: 'askingOtherCause',
    }),
    fixingMerchant: fix('choose-supported-method', {
      title: t('fixingMerchant.title'),
      text: md('fixingMerchant.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b: card-info. Card details are typed on the payment page, never in a chat.
    fixingCardDetails: fix('recheck-card-details', {
      title: t('fixingCardDetails.title'),
      text: md('fixingCardDetails.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b: bank-restriction (do not honor, 05, 57, 62, Stripe invalid_account).
    fixingBankDecline: fix('ask-bank', {
      title: t('fixingBankDecline.title'),
      text: md('fixingBankDecline.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b: card-expired-locked. Lost and stolen cards get the same words: the
    // reason stays between the bank and the cardholder (Stripe, Adyen: show a generic decline).
    fixingCardStatus: fix('check-card-status', {
      title: t('fixingCardStatus.title'),
      text: md('fixingCardStatus.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b: account-kyc (未实名, 证件过期, 未通过人行认证).
    fixingAccountVerification: fix('complete-verification', {
      title: t('fixingAccountVerification.title'),
      text: md('fixingAccountVerification.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c: ACQ.ERROR_BALANCE_PAYMENT_DISABLE and ACQ.MOBILE_PAYMENT_SWITCH_OFF are
    // switches the person controls (S36).
    fixingApp: fix('restart-app', {
      title: t('fixingApp.title'),
      text: md('fixingApp.text'),
      next: 'askingOtherCause',
    }),
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('fixingMaintenance.title'),
      text: md('fixingMaintenance.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2a: Stripe and Adyen say never to tell the shopper a fraud or risk reason,
    // so this names no reason and sends the person to the official channels.
    fixingRiskControl: fix('contact-official-channel', {
      title: t('fixingRiskControl.title'),
      text: md('fixingRiskControl.text'),
      next: TO_TICKET,
    }),
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'fixingDuplicateCharge'),
    // docs/domain.md "Money back": a failed payment that was debited is reversed or refunded the
    // way it came; ISO 94 says only that the payment was seen twice, so nothing here says money
    // was taken. The advice line after the text gives the person's own date.
    fixingDuplicateCharge: fix('check-charge', {
      title: t('fixingDuplicateCharge.title'),
      text: md('fixingDuplicateCharge.text'),
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: TO_TICKET,
    }),
    explainingRegistration: explain(md('explainingRegistration')),
    ...endings({ collect: ['occurredAt', 'amount', 'paymentMethod'] }),
  },
});
