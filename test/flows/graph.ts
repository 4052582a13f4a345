/**
 * Walks a flow the way users can: in each state, the events its prompt offers (the visible
 * choices, the two fix outcomes, a valid and an invalid answer of the asked kind, a ticket
 * submission). Shared by the path, seed-coverage and locale tests.
 *
 * Test files that use it mock the error classifier with ./fake-classifier.ts, so every diagnosis
 * route is reachable whatever phrases the real classifier knows.
 */
import { vi } from 'vitest';
import { createEmptyActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { loadFlow } from '../../flows/index.js';
import { parseAmount } from '../../src/diagnose/amount.js';
import { saysDontKnow } from '../../src/diagnose/dont-know.js';
import { redact } from '../../src/diagnose/redact.js';
import { parseTime } from '../../src/diagnose/time.js';
import { causeIds, type Locale } from '../../src/diagnose/types.js';
import type { AnswerKind, ChoiceMeta, FactName, FlowEvent, FlowInput, PromptMeta } from '../../src/engine/context.js';
import { problemIds, type ProblemId } from '../../src/shared/problems.js';
import { currentPrompt, promptMeta } from '../../src/engine/prompt.js';
import { TICKET } from '../../src/engine/steps.js';
import { sampleError } from './fake-classifier.js';

export const NOW = new Date('2026-11-27T10:00:00+08:00');

// Advice compares dates with today (is the money overdue?): every walk sees the same today.
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(NOW);

/** A time long enough ago that money expected back by any rule is overdue. */
export const LONG_AGO = '2026-10-01T10:00:00+08:00';

/**
 * More failed fixes than this and the walk offers only "none of these": each flow lets the user
 * try every cause in any order, and all 2^n sets of tried fixes would make the graph explode.
 * Three rounds reach every state and every kind of transition.
 */
export const MAX_FIXES_TRIED = 3;

export type Snapshot = AnyMachineSnapshot;

/** Host pages the walks run under: from nothing known to everything known. */
export const hostInputs: { name: string; input: Omit<FlowInput, 'problem'> }[] = [
  { name: 'nothing known', input: { locale: 'en' } },
  {
    name: 'time and amount known (checkout page)',
    input: {
      locale: 'zh-CN',
      facts: { occurredAt: '2026-11-26T15:00:00+08:00', amount: { value: '88.80', currency: 'CNY' } },
    },
  },
  {
    name: 'everything known, error recognised',
    input: {
      locale: 'zh-TW',
      facts: {
        occurredAt: '2026-11-26T15:00:00+08:00',
        amount: { value: '1299.50', currency: 'CNY' },
        errorCode: 'X1',
        errorMessage: sampleError('insufficient-balance', 0.95),
        merchant: 'Shop',
        orderId: 'A-1',
      },
    },
  },
  {
    name: 'everything known, error only hints at a cause',
    input: {
      locale: 'en',
      facts: {
        occurredAt: '2026-11-26T15:00:00+08:00',
        amount: { value: '5.00', currency: 'CNY' },
        errorMessage: sampleError('network', 0.5),
        merchant: 'Shop',
        orderId: 'A-2',
      },
    },
  },
];

export async function loadAllFlows(): Promise<[ProblemId, AnyStateMachine][]> {
  return Promise.all(problemIds.map(async (id) => [id, await loadFlow(id)] as [ProblemId, AnyStateMachine]));
}

/** What interpretAnswer makes of a typed answer, synchronously (the time parser loaded up front). */
export function answerEvent(kind: AnswerKind, typed: string, locale: Locale): FlowEvent {
  const { text, found } = redact(typed.trim());
  const masked = found.length ? { masked: found } : {};
  if (kind !== 'text' && saysDontKnow(text))
    return { type: 'user.answer', text, understood: { ok: true, notRemembered: true } };
  if (kind === 'amount') {
    const amount = parseAmount(text, locale);
    const understood = amount.ok
      ? { ok: true as const, value: { value: amount.value, currency: amount.currency } }
      : amount;
    return { type: 'user.answer', text, understood, ...masked };
  }
  if (kind === 'time') {
    const time = parseTime(text, locale, NOW);
    return { type: 'user.answer', text, understood: time.ok ? { ok: true, value: time.value } : time, ...masked };
  }
  return { type: 'user.answer', text, understood: { ok: true, value: text }, ...masked };
}

/**
 * Sample answers: a valid one, one not understood, then the rest (a date long past, "I don't
 * remember"); for errors, one per diagnosis route, confident and suspected.
 */
function sampleAnswers(kind: AnswerKind, fact: FactName): string[] {
  if (kind === 'amount') return ['88.80', 'a lot of money', "I don't remember"];
  if (kind === 'time') return ['2026-11-26T15:00:00+08:00', 'whenever', LONG_AGO, "I don't remember"];
  if (fact === 'errorMessage') {
    const causes = causeIds.filter((cause) => cause !== 'unknown');
    return [
      ...causes.map((cause) => sampleError(cause, 0.95)),
      ...causes.map((cause) => sampleError(cause, 0.5)),
      'something strange happened',
    ];
  }
  return ['it did not work'];
}

const choose = (choice: string): FlowEvent => ({ type: 'user.choose', choice });

/** The prompt's choices a user can press now (tried fixes hidden), new fixes only up to a bound. */
function pressable(snapshot: Snapshot, choices: ChoiceMeta[], maxFixesTried: number): FlowEvent[] {
  const visible = new Set((currentPrompt(snapshot) as { choices?: { id: string }[] })?.choices?.map((c) => c.id));
  const tried: string[] = snapshot.context.fixesTried;
  return choices
    .filter((choice) => visible.has(choice.id))
    .filter((choice) => !choice.unlessTried || tried.length < maxFixesTried)
    .map((choice) => choose(choice.id));
}

/**
 * The events a user can send now. `lean` keeps one valid and one refused answer per question and
 * one way to say how they paid: the simple-path replay needs every kind of step, not every value.
 */
export function eventsFor(snapshot: Snapshot, maxFixesTried = MAX_FIXES_TRIED, lean = false): FlowEvent[] {
  const meta = promptMeta(snapshot);
  if (!meta || snapshot.status !== 'active') return [];
  const locale: Locale = snapshot.context.locale;
  switch (meta.kind) {
    case 'choice':
      if (lean && meta.fact) return [choose(meta.choices[0]!.id)];
      return pressable(snapshot, meta.choices, maxFixesTried);
    case 'outcome':
      return [choose('solved'), choose('unsolved')];
    case 'answer':
      return [
        ...sampleAnswers(meta.answer, meta.fact)
          .filter((_, index) => !lean || meta.fact === 'errorMessage' || index < 2)
          .map((typed) => answerEvent(meta.answer, typed, locale)),
        ...pressable(snapshot, meta.choices ?? [], maxFixesTried),
      ];
    case 'ticket':
      return [
        { type: 'user.submit', edits: { contact: { email: 'li.lei@example.com' }, description: 'still failing' } },
      ];
    case 'done':
      return [];
  }
}

function isConfirmation(meta: PromptMeta | undefined): boolean {
  return meta?.kind === 'choice' && meta.choices.map((c) => c.id).join() === 'yes,no,ticket';
}

/** What of the facts can change where the flow goes next: how long ago, and how it was paid. */
function factsThatRoute(snapshot: Snapshot): string {
  const { occurredAt, paymentMethod, notRemembered = [] } = snapshot.context.facts;
  const longAgo = occurredAt !== undefined && Date.parse(occurredAt) <= Date.parse(LONG_AGO);
  const when =
    occurredAt === undefined
      ? notRemembered.includes('occurredAt')
        ? 'not remembered'
        : ''
      : longAgo
        ? 'long ago'
        : 'recent';
  return `${when}|${paymentMethod ?? (notRemembered.includes('paymentMethod') ? 'not remembered' : '')}`;
}

/**
 * A state of the walk: where the flow is and which fixes were tried (a set: the order changes
 * nothing the flow does), and the facts that route (a date long past goes straight to the
 * ticket). While confirming a suspected cause, which cause it is matters too.
 */
export function serialize(snapshot: Snapshot): string {
  const suspected = isConfirmation(promptMeta(snapshot)) ? snapshot.context.classification?.cause : undefined;
  return JSON.stringify({
    value: snapshot.value,
    tried: [...snapshot.context.fixesTried].sort(),
    suspected,
    facts: factsThatRoute(snapshot),
  });
}

export function traversal(input: FlowInput, maxFixesTried = MAX_FIXES_TRIED, lean = false) {
  return { input, events: (snapshot: Snapshot) => eventsFor(snapshot, maxFixesTried, lean), serializeState: serialize };
}

const mockScope = (() => {
  const empty = createEmptyActor();
  return {
    self: empty,
    logger: () => {},
    id: '',
    sessionId: 'graph',
    defer: () => {},
    system: empty.system,
    stopChild: () => {},
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as AnyActorScope;
})();

/** xstate/graph's adjacency map, keyed by {@link serialize}d state and serialized event. */
export type Adjacency = Record<
  string,
  { state: Snapshot; transitions: Record<string, { event: FlowEvent; state: Snapshot }> }
>;

export interface FlowGraph {
  adjacency: Adjacency;
  /** Every state node a user can be in or pass through (transient steps included). */
  reached: Set<string>;
}

const stateName = (snapshot: Snapshot) =>
  typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);

/** The states a flow passes through before its first question (a greeting, the diagnosis). */
function initialSteps(machine: AnyStateMachine): string[] {
  const states = machine.config.states as Record<string, { always?: { target?: string } | unknown[] }>;
  const steps: string[] = [];
  let name = machine.config.initial as string | undefined;
  while (name && !steps.includes(name)) {
    steps.push(name);
    const always = states[name]?.always;
    // Only an unconditional hand-over ("say, then go on") is followed: where guards choose, the
    // walk's own events reach the targets.
    name = always && !Array.isArray(always) ? always.target : undefined;
  }
  return steps;
}

export function explore(machine: AnyStateMachine, input: FlowInput): FlowGraph {
  const adjacency = getAdjacencyMap(machine, traversal(input)) as unknown as Adjacency;
  const reached = new Set<string>(initialSteps(machine));
  for (const { state, transitions } of Object.values(adjacency)) {
    reached.add(stateName(state));
    // Steps that only speak, or skip what is known, are passed through within one event.
    for (const { event } of Object.values(transitions)) {
      for (const step of machine.microstep(state, event, mockScope)) reached.add(stateName(step));
    }
  }
  return { adjacency, reached };
}

export const isFinal = (snapshot: Snapshot) => snapshot.status === 'done';

/** Serialized states from which no sequence of events leads to the ticket review. */
export function statesThatCannotReachTicket(graph: FlowGraph): string[] {
  const incoming = new Map<string, string[]>();
  for (const [from, { transitions }] of Object.entries(graph.adjacency)) {
    for (const { state } of Object.values(transitions)) {
      const to = serialize(state);
      incoming.set(to, [...(incoming.get(to) ?? []), from]);
    }
  }
  const canReach = new Set(Object.keys(graph.adjacency).filter((key) => graph.adjacency[key]!.state.value === TICKET));
  const queue = [...canReach];
  while (queue.length) {
    for (const from of incoming.get(queue.shift()!) ?? []) {
      if (!canReach.has(from)) {
        canReach.add(from);
        queue.push(from);
      }
    }
  }
  return Object.entries(graph.adjacency)
    .filter(([key, { state }]) => !isFinal(state) && !canReach.has(key))
    .map(([key]) => key);
}

/** Serialized non-final states where no offered event changes anything the user can see. */
export function deadEnds(graph: FlowGraph): string[] {
  return Object.entries(graph.adjacency)
    .filter(([key, { state, transitions }]) => {
      if (isFinal(state)) return false;
      return !Object.values(transitions).some(({ state: next }) => serialize(next) !== key);
    })
    .map(([key]) => key);
}
