/**
 * Where a flow sends a classified error, read from the machine itself: the transitions of its
 * `diagnosing` state, which src/engine/steps.ts `diagnose()` builds from the flow's `routes`
 * object (a confident cause to its route, a suspected one to the confirming question, anything
 * else to the symptom list). Pure: the lab's error sandbox shows it, and test/flows checks it
 * against where the running machines really go.
 */
import type { AnyStateMachine } from 'xstate';
import { causeIds, CONFIDENT, type CauseId, type Classification } from '../../src/diagnose/types.js';
import type { RoutedCause } from '../../src/engine/steps.js';

/** Every cause the classifier can name with some confidence: all but `unknown`. */
export const routedCauses: readonly RoutedCause[] = causeIds.filter(
  (cause): cause is RoutedCause => cause !== 'unknown',
);

export interface FlowRouting {
  /** The state each confidently diagnosed cause goes to. */
  routes: Partial<Record<RoutedCause, string>>;
  /** Where a cause the classifier only suspects is confirmed first ("It looks like …. Is that it?"). */
  confirm?: string;
  /** Where everything else goes: the generic list of symptoms. */
  fallback?: string;
}

interface RawTransition {
  guard?: { type?: string; params?: { cause?: CauseId } };
  target?: string | string[];
}

const targetOf = (transition: RawTransition) =>
  Array.isArray(transition.target) ? transition.target[0] : transition.target;

/** The flow's routing; undefined for a flow that diagnoses nothing (`other` takes the description to the ticket). */
export function flowRouting(machine: AnyStateMachine): FlowRouting | undefined {
  const states = machine.config.states as Record<string, { always?: RawTransition | RawTransition[] }> | undefined;
  const always = states?.diagnosing?.always;
  if (!always) return undefined;
  const routing: FlowRouting = { routes: {} };
  for (const transition of Array.isArray(always) ? always : [always]) {
    const target = targetOf(transition);
    const { type, params } = transition.guard ?? {};
    if (!target) continue;
    if (type === 'isDiagnosed' && params?.cause && params.cause !== 'unknown') routing.routes[params.cause] = target;
    else if (type === 'isSuspected') routing.confirm ??= target;
    else if (!type) routing.fallback ??= target;
  }
  return routing;
}

/**
 * Recognised causes this flow does not route: no route at all, or one that leads to the generic
 * list anyway. Either way a person who pasted that error is asked to pick from a list.
 */
export function unroutedCauses(routing: FlowRouting): RoutedCause[] {
  return routedCauses.filter((cause) => {
    const target = routing.routes[cause];
    return target === undefined || target === routing.fallback;
  });
}

/** Where a flow sends one classified error. */
export type Destination =
  /** A confident cause, straight to its state. */
  | { kind: 'route'; state: string }
  /** A suspected cause: the confirming question, then its state on "yes". */
  | { kind: 'confirm'; state: string; then: string }
  /** A recognised cause the flow has no route for: the generic list. */
  | { kind: 'no-route'; cause: RoutedCause; state: string }
  /** Nothing recognised: the generic list. */
  | { kind: 'not-recognised'; state: string }
  /** The flow asks no error and diagnoses nothing. */
  | { kind: 'no-diagnosis' };

/** As the guards of src/engine/flow-setup.ts decide: confident at or above CONFIDENT, suspected above 0. */
export function destinationOf(routing: FlowRouting | undefined, { cause, confidence }: Classification): Destination {
  if (!routing) return { kind: 'no-diagnosis' };
  const fallback = routing.fallback ?? '';
  if (cause === 'unknown' || confidence <= 0) return { kind: 'not-recognised', state: fallback };
  const route = routing.routes[cause];
  if (route === undefined || route === fallback) return { kind: 'no-route', cause, state: fallback };
  if (confidence >= CONFIDENT) return { kind: 'route', state: route };
  return routing.confirm
    ? { kind: 'confirm', state: routing.confirm, then: route }
    : { kind: 'no-route', cause, state: fallback };
}
