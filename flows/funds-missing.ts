/**
 * Money is gone, or was taken twice (seeds 001 and 004): check the records first; for a payment
 * the person did not make, secure the account (password, freeze, two-factor) before anything
 * else, then report it to the wallet and the bank through a ticket; when money should come back
 * (a failed payment that was debited, a refund), say by when, and hand over at once once that
 * date has passed. Facts and sources: docs/domain.md §5-§7.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  checkMoneyBack,
  diagnosis,
  endings,
  explain,
  fix,
  say,
  task,
  TO_TICKET,
  type Choice,
  type Routes,
} from '../src/engine/steps.js';
import { md, t } from '../src/engine/text.js';

const duplicate = t('duplicate');
const unknownPayment = t('unknownPayment');
const refund = t('refund');

/** What people say happened, most common first; the lists also offer the ticket. */
const whatHappened: Choice[] = [
  {
    id: 'charged-twice',
    label: duplicate,
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-charge',
  },
  {
    id: 'failed-but-charged',
    label: t('whatHappened.failed-but-charged'),
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-charge',
  },
  { id: 'not-me', label: unknownPayment, target: 'reviewingRecords', unlessTried: 'review-records' },
  {
    id: 'balance',
    label: t('whatHappened.balance'),
    target: 'reviewingRecords',
    unlessTried: 'review-records',
  },
  { id: 'refund', label: refund, target: 'checkingWhenRefunded', unlessTried: 'wait-for-refund' },
  {
    id: 'pending',
    label: t('whatHappened.pending'),
    target: 'explainingPendingPayment',
    cause: 'payment-pending',
  },
  { id: 'none', label: t('whatHappened.none'), target: TO_TICKET },
];

/**
 * When the page passed an error: a charge seen twice or money taken goes to the date check; a
 * payment still waiting is explained; a lower balance or a blocked account to the records. The
 * other causes say why a payment failed, not where money went: they are explained as such.
 */
const routes: Routes = {
  'duplicate-charge': 'checkingWhenCharged',
  'payment-pending': 'explainingPendingPayment',
  'insufficient-balance': 'reviewingRecords',
  'risk-control': 'reviewingRecords',
  network: 'explainingFailedPayment',
  'limit-exceeded': 'explainingFailedPayment',
  'verification-failed': 'explainingFailedPayment',
  'merchant-unsupported': 'explainingFailedPayment',
  maintenance: 'explainingFailedPayment',
  'card-info-invalid': 'explainingFailedPayment',
  'bank-restricted': 'explainingFailedPayment',
  'account-incomplete': 'explainingFailedPayment',
  'already-registered': 'explainingFailedPayment',
  'device-unsupported': 'explainingFailedPayment',
  'card-expired-or-locked': 'explainingFailedPayment',
};

export const fundsMissing = flowSetup.createMachine({
  id: 'funds-missing',
  version: '3',
  context: ({ input }) => initialContext(input),
  initial: 'greeting',
  states: {
    greeting: say(t('greeting'), 'diagnosing'),
    ...diagnosis(routes, whatHappened),
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'checkingCharges'),
    ...checkMoneyBack('checkingWhenRefunded', 'refund', 'waitingForRefund'),
    checkingCharges: fix('check-charge', {
      title: t('checkingCharges.title'),
      text: md('checkingCharges.text'),
      // docs/domain.md §5.1: a failed payment in a Chinese wallet is debited and returned, not held.
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: 'askingOtherCause',
    }),
    reviewingRecords: fix('review-records', {
      title: t('reviewingRecords.title'),
      text: md('reviewingRecords.text'),
      next: 'securingAccount',
    }),
    securingAccount: task('secure-account', {
      title: t('securingAccount.title'),
      text: md('securingAccount.text'),
      next: 'reportingTheft',
    }),
    reportingTheft: say(md('reportingTheft'), TO_TICKET, { advice: { kind: 'hotline' } }),
    waitingForRefund: fix('wait-for-refund', {
      title: t('waitingForRefund.title'),
      text: md('waitingForRefund.text'),
      // docs/domain.md §5.3 and §6: refund arrival by destination.
      advice: { kind: 'money-back', case: 'refund' },
      next: 'askingOtherCause',
    }),
    explainingPendingPayment: explain(md('explainingPendingPayment')),
    explainingFailedPayment: explain(md('explainingFailedPayment')),
    // docs/domain.md §7: after the provider's own channels, the regulators' consumer hotlines.
    ...endings({
      collect: ['occurredAt', 'amount', 'paymentMethod'],
      afterFiling: md('afterFiling'),
    }),
  },
});
