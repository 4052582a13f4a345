/**
 * Every way through a flow, from `xstate/graph`: the events a user can send in each state are read
 * from the state's `meta.prompt` (its buttons, sample answers, the ticket form), so the paths are
 * exactly the ones the widget's UI can walk.
 *
 * States are told apart by value only, so a path never passes the same state twice. That is also
 * why the traversal runs with the `hasTried` guard relaxed: the machine refuses a fix already
 * tried, which depends on the route taken, but a simple path never reaches a fix twice anyway.
 * Each path found is then checked against the real machine and dropped if it disagrees.
 */
import { createActor, type AnyStateMachine, type AnyStateNode } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { Locale } from '../../src/diagnose/types.js';
import type { AnswerKind, FactName, FlowEvent, FlowInput, PromptMeta, StateMeta } from '../../src/engine/context.js';
import { interpretAnswer } from '../../src/engine/interpret.js';
import { outcomeChoices } from '../../src/engine/outcomes.js';
import { promptMeta, type PromptSource } from '../../src/engine/prompt.js';
import { choiceLabel } from './flow-graph.js';
import { sampleAnswers, sampleContact } from './samples.js';

/** What a person does in the widget to take a step. */
export type UserAction =
  | { kind: 'choose'; choice: string; label: string }
  | { kind: 'answer'; text: string }
  | { kind: 'submit'; contact: string };

export interface PathStep {
  from: string;
  to: string;
  action: UserAction;
  event: FlowEvent;
}

export type PathEnd =
  /** A fix solved it: `fix` is the fix's state. */
  | { kind: 'resolved'; fix?: string }
  /** Filed a ticket after trying the fixes in `tried` (states), if any. */
  | { kind: 'ticket'; tried: string[] };

export interface FlowPath {
  /** The state values in order, the start first, the final state last. */
  states: string[];
  steps: PathStep[];
  end: PathEnd;
}

type Snapshot = PromptSource & { value: unknown; status: string };

/** The state value as `wallet-support-step` reports it (engine/session.ts). */
export function serializeValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...(Object.values(node.states) as AnyStateNode[]).flatMap(allStateNodes)];
}

/** Answer events built the way the widget builds them, for every question the flow can ask. */
async function sampleEvents(machine: AnyStateMachine, locale: Locale, now: Date) {
  const events = new Map<string, FlowEvent[]>();
  for (const node of allStateNodes(machine.root as AnyStateNode)) {
    const prompt = (node.meta as StateMeta | undefined)?.prompt;
    if (prompt?.kind !== 'answer') continue;
    const key = `${prompt.answer}:${prompt.fact}`;
    if (events.has(key)) continue;
    const built = await Promise.all(
      sampleAnswers(prompt.answer, prompt.fact, locale).map((typed) =>
        interpretAnswer(prompt.answer, typed, locale, now),
      ),
    );
    events.set(
      key,
      built.filter((event) => event.understood.ok),
    );
  }
  return (answer: AnswerKind, fact: FactName) => events.get(`${answer}:${fact}`) ?? [];
}

function eventsFor(
  prompt: PromptMeta | undefined,
  answers: (answer: AnswerKind, fact: FactName) => FlowEvent[],
): FlowEvent[] {
  const choose = (ids: string[]): FlowEvent[] => ids.map((choice) => ({ type: 'user.choose', choice }));
  switch (prompt?.kind) {
    case 'choice':
      return choose(prompt.choices.map((choice) => choice.id));
    case 'answer':
      return [...answers(prompt.answer, prompt.fact), ...choose((prompt.choices ?? []).map((choice) => choice.id))];
    case 'outcome':
      return choose(Object.keys(outcomeChoices));
    case 'ticket':
      return [{ type: 'user.submit', edits: { contact: { email: sampleContact } } }];
    default:
      return [];
  }
}

function actionFor(event: FlowEvent, prompt: PromptMeta | undefined, locale: Locale): UserAction {
  switch (event.type) {
    case 'user.choose':
      return { kind: 'choose', choice: event.choice, label: choiceLabel(prompt, event.choice, locale) };
    case 'user.answer':
      return { kind: 'answer', text: event.text };
    case 'user.submit':
      return { kind: 'submit', contact: event.edits.contact?.email ?? sampleContact };
  }
}

export interface PathOptions {
  /** "Now" for relative sample times ("yesterday at 3pm"). */
  now?: Date;
  /** Keep at most this many paths, so the list stays usable for a very branchy flow. */
  limit?: number;
}

/**
 * The paths from the flow's start (given what the host knows, in `input`) to each of its endings,
 * one per distinct sequence of states, shortest first.
 */
export async function flowPaths(
  machine: AnyStateMachine,
  input: FlowInput,
  options: PathOptions = {},
): Promise<FlowPath[]> {
  const { now = new Date(), limit = 2000 } = options;
  const answers = await sampleEvents(machine, input.locale, now);
  const prompts = new Map<string, PromptMeta | undefined>();
  const promptAt = (snapshot: Snapshot) => {
    const value = serializeValue(snapshot.value);
    if (!prompts.has(value)) prompts.set(value, promptMeta(snapshot));
    return prompts.get(value);
  };
  const routeFree = machine.provide({ guards: { hasTried: () => false } });
  const statePaths = getSimplePaths(routeFree, {
    input,
    events: (snapshot) => eventsFor(promptAt(snapshot as unknown as Snapshot), answers),
    serializeState: (snapshot) => serializeValue(snapshot.value),
    limit: 100_000,
  });

  const seen = new Set<string>();
  const paths: FlowPath[] = [];
  for (const statePath of statePaths) {
    const final = statePath.state as unknown as Snapshot;
    if (final.status !== 'done') continue;
    const snapshots = statePath.steps.map((step) => step.state as unknown as Snapshot);
    snapshots.forEach(promptAt);
    const states = snapshots.map((snapshot) => serializeValue(snapshot.value));
    const key = states.join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    const steps: PathStep[] = statePath.steps.slice(1).map((step, index) => {
      const before = snapshots[index]!;
      const event = step.event as FlowEvent;
      return {
        from: states[index]!,
        to: states[index + 1]!,
        event,
        action: actionFor(event, promptAt(before), input.locale),
      };
    });
    if (!walksTheSame(machine, input, states, steps)) continue;
    paths.push({ states, steps, end: endOf(states, steps, (value) => prompts.get(value)) });
    if (paths.length >= limit) break;
  }
  return paths.sort((a, b) => a.steps.length - b.steps.length);
}

/** Whether the real machine, sent the path's events, passes through the path's states. */
function walksTheSame(machine: AnyStateMachine, input: FlowInput, states: string[], steps: PathStep[]): boolean {
  const actor = createActor(machine, { input });
  actor.start();
  try {
    if (serializeValue(actor.getSnapshot().value) !== states[0]) return false;
    return steps.every((step) => {
      actor.send(step.event);
      return serializeValue(actor.getSnapshot().value) === step.to;
    });
  } finally {
    actor.stop();
  }
}

function endOf(states: string[], steps: PathStep[], prompt: (value: string) => PromptMeta | undefined): PathEnd {
  const last = prompt(states.at(-1)!);
  if (last?.kind === 'done' && last.outcome === 'resolved') {
    return { kind: 'resolved', fix: states.slice(0, -1).findLast((value) => prompt(value)?.kind === 'outcome') };
  }
  const tried = steps
    .filter(
      (step) =>
        prompt(step.from)?.kind === 'outcome' && step.action.kind === 'choose' && step.action.choice === 'unsolved',
    )
    .map((step) => step.from);
  return { kind: 'ticket', tried };
}
