/**
 * Reads a flow's shape from its machine definition: one node per atomic state, one edge per
 * (source, target) pair with the reasons it is taken. The chart is drawn from this, so it can never
 * drift from the flow the widget actually runs.
 */
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { Locale } from '../../src/diagnose/types.js';
import type { AnswerKind, PromptMeta, StateMeta } from '../../src/engine/context.js';
import { outcomeChoices } from '../../src/engine/outcomes.js';
import { localize } from '../../src/engine/text.js';
import { stateSummary } from './state-texts.js';

/**
 * What a state does, read from its `meta.prompt`; `auto` has no prompt and moves on by itself (a
 * diagnosis, a router such as "another cause or the ticket?", a hand-over); `explain` is an honest
 * explanation of a cause the flow cannot fix, with the ticket offered (`meta.explains`).
 */
export type NodeKind = PromptMeta['kind'] | 'auto' | 'explain';

export interface FlowNode {
  /** The state as the session reports it in `wallet-support-step` (see stateValueOf). */
  value: string;
  /** The state's key, e.g. "askingAmount". */
  key: string;
  kind: NodeKind;
  prompt?: PromptMeta;
  /** What the state does, from its builder (src/engine/steps.ts). */
  description?: string;
  /** What it says or asks, in a few words of the graph's locale (state-texts.ts); none for a router. */
  summary?: string;
  initial: boolean;
  final: boolean;
}

/** Why a transition is taken. */
export type EdgeReason =
  | { kind: 'choice'; choice: string; label: string }
  /** `answer`: the kind of answer typed (a time, an amount, a few words). */
  | { kind: 'answer'; answer?: AnswerKind }
  | { kind: 'submit' }
  /** The classifier named this cause with confidence. */
  | { kind: 'cause'; cause: string }
  /** The classifier only suspects this cause: the user is asked whether it fits. */
  | { kind: 'suspected'; cause: string }
  /** Another condition on what happened so far (e.g. `hasTriedAtLeast` 2, `isMoneyBackOverdue`). */
  | { kind: 'condition'; guard: string; params?: Record<string, unknown> }
  /** Skipped: the fact is already known (from the host page or an earlier answer). */
  | { kind: 'known'; fact: string }
  /** An automatic transition with no condition. */
  | { kind: 'otherwise' }
  | { kind: 'event'; type: string };

export interface FlowEdge {
  source: string;
  target: string;
  /** Why the edge is taken, one per transition between the two states. */
  reasons: EdgeReason[];
  /** Taken without the user doing anything (only `always` transitions). */
  automatic: boolean;
  /**
   * Can be taken without the user doing anything: some transition is an `always` one. A question
   * whose fact is already known is passed this way, as a router or a diagnosis is.
   */
  passable: boolean;
}

export interface FlowGraph {
  id: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/**
 * The state value a session reports for an atomic state node: the key for a top-level state, the
 * JSON of the nested value otherwise (engine/session.ts serializes it the same way).
 */
export function stateValueOf(node: AnyStateNode): string {
  const path = node.path;
  if (path.length === 1) return path[0]!;
  const value = path.reduceRight<unknown>((inner, key) => (inner === undefined ? key : { [key]: inner }), undefined);
  return JSON.stringify(value);
}

function atomicNodes(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length === 0) return [node];
  return children.flatMap(atomicNodes);
}

/** A compound target stands for the atomic state it enters first. */
function entryLeaf(node: AnyStateNode): AnyStateNode {
  let current = node;
  while (Object.keys(current.states).length > 0) {
    const first = current.initial?.target[0] ?? (Object.values(current.states)[0] as AnyStateNode);
    current = first;
  }
  return current;
}

function promptOf(node: AnyStateNode): PromptMeta | undefined {
  return (node.meta as StateMeta | undefined)?.prompt;
}

function kindOf(node: AnyStateNode): NodeKind {
  const meta = node.meta as StateMeta | undefined;
  if (meta?.explains) return 'explain';
  return meta?.prompt?.kind ?? 'auto';
}

/** Guards that only read the event or a fact, told apart elsewhere; any other guard is a condition. */
const eventGuards = new Set(['isChoice', 'isDiagnosed', 'isSuspected', 'isKnown', 'isUnderstood']);
/** Guards that are part of another (`and(...)`), not a condition of their own. */
const combinators = new Set(['xstate.and', 'xstate.or', 'xstate.not']);

interface GuardShape {
  type?: string;
  params?: Record<string, unknown>;
  /** Set on `and(...)` / `or(...)` / `not(...)` combinators. */
  guards?: unknown[];
}

/** The guards a transition checks, with combinators (`and`, `not`) opened up. */
function guardsOf(guard: unknown): GuardShape[] {
  if (typeof guard === 'string') return [{ type: guard }];
  if (!guard || (typeof guard !== 'object' && typeof guard !== 'function')) return [];
  const shape = guard as GuardShape;
  return [shape, ...(shape.guards ?? []).flatMap(guardsOf)];
}

/** The label of a choice a state offers, in the given locale; the id when it has none. */
export function choiceLabel(prompt: PromptMeta | undefined, choice: string, locale: Locale): string {
  if (prompt?.kind === 'outcome' && choice in outcomeChoices) {
    return localize(outcomeChoices[choice as keyof typeof outcomeChoices], locale);
  }
  const choices = prompt && 'choices' in prompt ? (prompt.choices ?? []) : [];
  const found = choices.find((candidate) => candidate.id === choice);
  return found ? localize(found.label, locale) : choice;
}

function reasonFor(transition: AnyTransitionDefinition, prompt: PromptMeta | undefined, locale: Locale): EdgeReason {
  const guards = guardsOf(transition.guard);
  const param = (type: string, name: string) => {
    const found = guards.find((guard) => guard.type === type);
    return found ? String(found.params?.[name] ?? '') : undefined;
  };
  const choice = param('isChoice', 'choice');
  if (choice !== undefined) return { kind: 'choice', choice, label: choiceLabel(prompt, choice, locale) };
  const cause = param('isDiagnosed', 'cause');
  if (cause !== undefined) return { kind: 'cause', cause };
  const fact = param('isKnown', 'fact');
  if (fact !== undefined) return { kind: 'known', fact };
  const suspected = param('isSuspected', 'cause');
  if (suspected !== undefined) return { kind: 'suspected', cause: suspected };
  const condition = guards.find(
    (guard) => guard.type && !eventGuards.has(guard.type) && !combinators.has(guard.type) && !guard.guards,
  );
  if (condition?.type && transition.eventType === '') {
    return { kind: 'condition', guard: condition.type, ...(condition.params ? { params: condition.params } : {}) };
  }
  if (transition.eventType === '') return { kind: 'otherwise' };
  if (transition.eventType === 'user.answer') {
    return prompt?.kind === 'answer' ? { kind: 'answer', answer: prompt.answer } : { kind: 'answer' };
  }
  if (transition.eventType === 'user.submit') return { kind: 'submit' };
  return { kind: 'event', type: transition.eventType };
}

/** The flow's states and transitions, with what they say and the reasons labelled in `locale`. */
export function flowGraph(machine: AnyStateMachine, locale: Locale): FlowGraph {
  const root = machine.root as AnyStateNode;
  const leaves = atomicNodes(root);
  const initial = stateValueOf(entryLeaf(root));
  const nodes: FlowNode[] = leaves.map((node) => {
    const prompt = promptOf(node);
    const value = stateValueOf(node);
    return {
      value,
      key: node.key,
      kind: kindOf(node),
      prompt,
      description: node.description,
      summary: stateSummary(node, locale),
      initial: value === initial,
      final: node.type === 'final',
    };
  });

  const edges = new Map<string, FlowEdge>();
  for (const node of leaves) {
    const prompt = promptOf(node);
    const transitions = [...node.transitions.values()].flat().concat(node.always ?? []);
    for (const transition of transitions) {
      for (const target of transition.target ?? []) {
        const source = stateValueOf(node);
        const to = stateValueOf(entryLeaf(target as AnyStateNode));
        const key = `${source}\u0000${to}`;
        const edge = edges.get(key) ?? { source, target: to, reasons: [], automatic: true, passable: false };
        const reason = reasonFor(transition, prompt, locale);
        if (!edge.reasons.some((known) => JSON.stringify(known) === JSON.stringify(reason))) edge.reasons.push(reason);
        edge.automatic &&= transition.eventType === '';
        edge.passable ||= transition.eventType === '';
        edges.set(key, edge);
      }
    }
  }
  return { id: machine.id, nodes, edges: [...edges.values()] };
}
