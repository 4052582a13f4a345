/**
 * Every path of every flow, walked with XState's own graph utilities: every state is reachable,
 * every path ends in a fix the user confirmed or in the ticket, the ticket is reachable from
 * every state that is not final, and no state leaves the user stuck. Each walk runs under several
 * host pages, from nothing known to everything known.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { createTestModel, getShortestPaths } from 'xstate/graph';
import { describe, expect, it, vi } from 'vitest';
import { loadErrorReader } from '../../src/engine/error-reading.js';
import type { FlowEvent, FlowInput, StateMeta } from '../../src/engine/context.js';
import { problemIds, type ProblemId } from '../../src/shared/problems.js';
import { promptMeta } from '../../src/engine/prompt.js';
import { flowSetup, initialContext } from '../../src/engine/flow-setup.js';
import { choose, fix, resolved, RESOLVED, TICKET, ticket, TICKET_FILED, ticketFiled } from '../../src/engine/steps.js';
import { t } from '../../src/engine/text.js';
import {
  deadEnds,
  explore,
  hostInputs,
  isFinal,
  loadAllFlows,
  serialize,
  statesThatCannotReachTicket,
  traversal,
  type FlowGraph,
  type Snapshot,
} from './graph.js';

vi.mock('../../src/diagnose/classify.js', async () => ({
  classifyError: (await import('./fake-classifier.js')).fakeClassifyError,
}));
// The flows read an error with the classifier the session loads before they need it (docs/decisions/0021);
// here it is loaded before any flow runs, and it is the fake one above.
await loadErrorReader();

const flows = await loadAllFlows();

/** Edges into a final state that do not come from "Yes, solved" after a fix or from submitting the ticket. */
function endingsOtherThanFixOrTicket(graph: FlowGraph): string[] {
  const wrong: string[] = [];
  for (const { state, transitions } of Object.values(graph.adjacency)) {
    const kind = promptMeta(state)?.kind;
    for (const { event, state: next } of Object.values(transitions)) {
      if (!isFinal(next) || serialize(next) === serialize(state)) continue;
      const byFix =
        kind === 'outcome' && event.type === 'user.choose' && event.choice === 'solved' && next.value === RESOLVED;
      const byTicket = kind === 'ticket' && event.type === 'user.submit' && next.value === TICKET_FILED;
      if (!byFix && !byTicket) wrong.push(`${String(state.value)} --${event.type}--> ${String(next.value)}`);
    }
  }
  return wrong;
}

function inputFor(problem: ProblemId, index: number): FlowInput {
  return { ...hostInputs[index]!.input, problem };
}

describe.each(flows)('the %s flow', (problem, machine) => {
  const graphs = hostInputs.map((_, index) => explore(machine, inputFor(problem, index)));

  it('is registered under its problem id, with a version', () => {
    expect(machine.id).toBe(problem);
    expect(machine.version).toMatch(/^\d+$/);
  });

  it('uses neither invoke nor after, so createTestModel accepts it', () => {
    expect(() => createTestModel(machine)).not.toThrow();
  });

  it('can reach every one of its states', () => {
    const reached = new Set(graphs.flatMap((graph) => [...graph.reached]));
    const unreachable = Object.keys(machine.root.states).filter((state) => !reached.has(state));
    expect(unreachable).toEqual([]);
  });

  /** A flow that only collects for the ticket (`other`) has no fix, so nothing to resolve. */
  const hasFixes = Object.values(machine.root.states).some(
    (node) => (node.meta as StateMeta | undefined)?.prompt?.kind === 'outcome',
  );
  const endings = hasFixes ? [RESOLVED, TICKET_FILED] : [TICKET_FILED];

  it('has only resolved (when it has fixes) and ticketFiled as final states', () => {
    const finals = Object.values(machine.root.states)
      .filter((node) => node.type === 'final')
      .map((node) => node.key);
    expect(finals.sort()).toEqual(endings);
  });

  describe.each(hostInputs.map(({ name }, index) => [name, index] as const))('when %s', (_name, index) => {
    const graph = graphs[index]!;

    it('ends every path in a confirmed fix or a submitted ticket', () => {
      const finals = Object.values(graph.adjacency).filter(({ state }) => isFinal(state));
      expect(finals.length).toBeGreaterThan(0);
      expect(new Set(finals.map(({ state }) => state.value))).toEqual(new Set(endings));
      expect(endingsOtherThanFixOrTicket(graph)).toEqual([]);
    });

    it('can reach the ticket from every state that is not final', () => {
      expect(statesThatCannotReachTicket(graph)).toEqual([]);
    });

    it('leaves the user stuck nowhere: every state that is not final offers a way on', () => {
      expect(deadEnds(graph)).toEqual([]);
    });

    it('files the ticket by the shortest path with what the host passed and what was tried', () => {
      const [path] = getShortestPaths(machine, {
        ...traversal(inputFor(problem, index)),
        toState: (s: Snapshot) => s.value === TICKET_FILED,
      });
      expect(path, 'a path to the filed ticket').toBeDefined();
      const { context } = path!.state;
      expect(context.problem).toBe(problem);
      expect(context.facts).toMatchObject(hostInputs[index]!.input.facts ?? {});
      expect(context.stepsTried).toHaveLength(context.fixesTried.length);
    });
  });

  it('runs every simple path (one failed fix at most) on a live actor to a fix or the ticket', async () => {
    const input = inputFor(problem, 0);
    const model = createTestModel(machine, traversal(input, 1, true) as never);
    const paths = model.getSimplePaths({ toState: isFinal });
    expect(paths.length).toBeGreaterThan(hasFixes ? 1 : 0);
    for (const path of paths) {
      const actor = createActor(machine as AnyStateMachine, { input }).start();
      const send = ({ event }: { event: unknown }) => actor.send(event as FlowEvent);
      await path.test({
        events: { 'user.answer': send, 'user.choose': send, 'user.submit': send },
        states: { '*': (state: Snapshot) => expect(actor.getSnapshot().value).toEqual(state.value) },
      });
      const end = actor.getSnapshot();
      expect(end.status).toBe('done');
      const last = path.steps.at(-2)!.state;
      expect(promptMeta(last)?.kind).toBe(end.value === RESOLVED ? 'outcome' : 'ticket');
      actor.stop();
    }
    // Heavy on purpose: hundreds of paths replayed on live actors (the e-CNY flow's take several
    // seconds on a busy two-core machine), so the default 5 s would fail on load, not on a bug.
  }, 60_000);
});

it('walks a flow for every problem type', () => {
  expect(flows.map(([problem]) => problem)).toEqual([...problemIds]);
});

describe('the walk itself', () => {
  const stuck = flowSetup.createMachine({
    id: 'payment-failed',
    context: ({ input }) => initialContext(input),
    initial: 'askingSymptom',
    states: {
      askingSymptom: choose(t('?', '?', '?'), [
        { id: 'fix', label: t('a', 'a', 'a'), target: 'fixingIt' },
        { id: 'none', label: t('b', 'b', 'b'), target: TICKET },
      ]),
      fixingIt: fix('only-fix', { title: t('x', 'x', 'x'), text: t('y', 'y', 'y'), next: 'waitingForever' }),
      waitingForever: { meta: { prompt: { kind: 'choice', choices: [] } } },
      [TICKET]: ticket(true),
      resolved: resolved(),
      ticketFiled: ticketFiled(),
    },
  });
  const graph = explore(stuck, { locale: 'en', problem: 'payment-failed' });

  it('finds a state with no way on', () => {
    expect(deadEnds(graph).map((key) => JSON.parse(key).value)).toEqual(['waitingForever']);
  });

  it('finds a state from which the ticket cannot be reached', () => {
    expect(
      statesThatCannotReachTicket(graph)
        .map((key) => JSON.parse(key).value)
        .sort(),
    ).toEqual(['fixingIt', 'waitingForever']);
  });
});
