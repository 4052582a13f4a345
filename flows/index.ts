import type { AnyStateMachine } from 'xstate';
import type { ProblemId } from '../src/engine/problems.js';

/**
 * Each flow is its own chunk, loaded when the user reaches it, so a page pays only for the flow
 * its user needs.
 */
export const flowLoaders: Partial<Record<ProblemId, () => Promise<AnyStateMachine>>> = {
  'payment-failed': () => import('./payment-failed.js').then((module) => module.paymentFailed),
};

export function hasFlow(problem: ProblemId): boolean {
  return problem in flowLoaders;
}

export async function loadFlow(problem: ProblemId): Promise<AnyStateMachine> {
  const load = flowLoaders[problem];
  if (!load) throw new Error(`No flow for problem "${problem}"`);
  return load();
}
