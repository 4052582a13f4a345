import type { AnyStateMachine } from 'xstate';
import type { ProblemId } from '../src/shared/problems.js';

/**
 * Each flow is its own chunk, loaded when the user reaches it, so a page pays only for the flow
 * its user needs. A Record, not a Partial: every problem type has a flow.
 */
export const flowLoaders: Record<ProblemId, () => Promise<AnyStateMachine>> = {
  'payment-failed': () => import('./payment-failed.js').then((module) => module.paymentFailed),
  'card-binding-failed': () => import('./card-binding-failed.js').then((module) => module.cardBindingFailed),
  'activation-failed': () => import('./activation-failed.js').then((module) => module.activationFailed),
  'top-up-failed': () => import('./top-up-failed.js').then((module) => module.topUpFailed),
  'bank-wallet-payment-failed': () =>
    import('./bank-wallet-payment-failed.js').then((module) => module.bankWalletPaymentFailed),
  'funds-missing': () => import('./funds-missing.js').then((module) => module.fundsMissing),
  other: () => import('./other.js').then((module) => module.other),
};

export function loadFlow(problem: ProblemId): Promise<AnyStateMachine> {
  return flowLoaders[problem]();
}
