/**
 * The flow × cause table, read from the machines themselves: for each flow, where each cause the
 * classifier names leads (the `diagnosing` state's routes), and what the person meets there. The
 * test walks it (flow-causes.test.ts) and docs/flow-causes.md is generated from it.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import type { Locale } from '../../src/diagnose/types.js';
import type { FlowContext, FlowEvent, StateMeta } from '../../src/engine/context.js';
import type { ProblemId } from '../../src/shared/problems.js';
import { promptMeta } from '../../src/engine/prompt.js';
import { TICKET, TO_TICKET, type RoutedCause } from '../../src/engine/steps.js';
import { answerEvent, type Snapshot } from './graph.js';
import { sampleError } from './fake-classifier.js';
import { flowRouting, routedCauses } from '../../demo/lab/cause-routes.js';

export { routedCauses };

/** Where `diagnosing` sends each confidently diagnosed cause; undefined for a flow without a diagnosis. */
export function routesOf(machine: AnyStateMachine): Partial<Record<RoutedCause, string>> | undefined {
  return flowRouting(machine)?.routes;
}

/** What a step of the walk was: a question about a fact, or where the advice begins. */
export type Landing =
  | { kind: 'fix'; state: string }
  | { kind: 'explanation'; state: string }
  | { kind: 'ticket'; state: string }
  | { kind: 'generic-list'; state: string }
  | { kind: 'other'; state: string };

export interface Walk {
  /** Facts asked on the way, in order ("amount", "occurredAt", "paymentMethod"). */
  asked: string[];
  /** States passed through (resting ones), in order. */
  visited: string[];
  landing: Landing;
  /** Everything the bot said, one line per message, up to and including the advice. */
  said: string[];
}

const GENERIC_LISTS = new Set(['askingSymptom', 'choosingOtherCause', 'offeringTicket']);
const stateName = (snapshot: Snapshot) => String(snapshot.value);

function landingOf(snapshot: Snapshot): Landing | undefined {
  const state = stateName(snapshot);
  const meta = promptMeta(snapshot);
  const explains = Object.values(snapshot.getMeta() as Record<string, StateMeta | undefined>).some((m) => m?.explains);
  if (GENERIC_LISTS.has(state)) return { kind: 'generic-list', state };
  if (state === TICKET || state.startsWith('askingTicket')) return { kind: 'ticket', state };
  if (explains) return { kind: 'explanation', state };
  if (meta?.kind === 'outcome') return { kind: 'fix', state };
  if (meta?.kind === 'choice' && !meta.fact && state !== 'confirmingCause') return { kind: 'other', state };
  return undefined;
}

function botLines(snapshot: Snapshot): string[] {
  const { transcript } = snapshot.context as FlowContext;
  return transcript.filter((line) => line.from === 'bot').map((line) => line.text);
}

/**
 * Starts `machine` with only the error known (it says `cause` with `confidence`), confirms a
 * suspected cause, answers every fact question on the way (an amount of ¥2,500, yesterday, a debit
 * card) and stops where the advice begins.
 */
export function walkCause(
  machine: AnyStateMachine,
  problem: ProblemId,
  cause: RoutedCause,
  confidence: number,
  locale: Locale = 'en',
): Walk {
  const actor = createActor(machine, {
    input: { locale, problem, facts: { errorMessage: sampleError(cause, confidence), description: 'it failed' } },
  }).start();
  const asked: string[] = [];
  const visited: string[] = [];
  for (let step = 0; step < 12; step++) {
    const snapshot = actor.getSnapshot() as Snapshot;
    visited.push(stateName(snapshot));
    const landing = landingOf(snapshot);
    if (landing) return { asked, visited, landing, said: botLines(snapshot) };
    const meta = promptMeta(snapshot);
    let event: FlowEvent;
    if (stateName(snapshot) === 'confirmingCause') event = { type: 'user.choose', choice: 'yes' };
    else if (meta?.kind === 'choice' && meta.fact) {
      asked.push(meta.fact);
      event = { type: 'user.choose', choice: 'debit-card' };
    } else if (meta?.kind === 'answer') {
      asked.push(meta.fact);
      const typed = meta.answer === 'amount' ? '2500' : meta.answer === 'time' ? 'yesterday' : 'it failed';
      event = answerEvent(meta.answer, typed, locale);
    } else {
      return { asked, visited, landing: { kind: 'other', state: stateName(snapshot) }, said: botLines(snapshot) };
    }
    actor.send(event);
  }
  throw new Error(`${problem} × ${cause}: no advice after 12 steps (${visited.join(' → ')})`);
}

export { TO_TICKET };
