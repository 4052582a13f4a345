/**
 * A realistic analytics export for the lab's overlay (`npm run sample:analytics` writes it to
 * demo/lab/sample-analytics.jsonl): simulated conversations over every flow, walked on the real
 * machines (the lab's own paths, flow-paths.ts, each checked against its machine), with the events
 * the widget would send (docs/contract.md "Events") in the shape a host records them.
 *
 * The weights are made up to look like a help desk's week, not measured: a fix solves it about
 * six times in ten, earlier choices in a list are picked more often, about one conversation in five
 * that finishes ends in a ticket, about one in six stops mid-way, a quarter start at "what went wrong?". payment-failed also has conversations of an
 * older version (4) with a first fix that solved less often, so the version selector has history.
 * Seeded: the same options write the same file.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { loadFlow } from '../../flows/index.js';
import { answerVia } from '../../src/engine/conversation-tag.js';
import type { FlowContext, PromptMeta } from '../../src/engine/context.js';
import type { ProblemId } from '../../src/shared/problems.js';
import type { StepVia } from '../../src/shared/step-via.js';
import { flowGraph } from './flow-graph.js';
import { flowPaths, type FlowPath, type PathStep } from './flow-paths.js';

export interface SampleOptions {
  conversations: number;
  seed: number;
  /** The export covers the `days` days up to `end`. */
  end: Date;
  days: number;
}

/** How often each flow is the problem (a made-up but plausible mix). */
const flowShare: Record<ProblemId, number> = {
  'payment-failed': 34,
  'bank-wallet-payment-failed': 15,
  'card-binding-failed': 15,
  'top-up-failed': 12,
  'funds-missing': 10,
  'activation-failed': 8,
  other: 6,
};

/** payment-failed's older version: live for the first 40% of the window, its fixes helped less. */
const olderVersion = { problem: 'payment-failed' as ProblemId, version: '4', until: 0.4, solved: 0.45 };
const solvedShare = 0.62;
const stopShare = 0.17;
const triageShare = 0.25;
const stopAtTriageShare = 0.04;
const ratedShare = 0.4;
/** How conversations that finish end: a fix solved it, or a ticket (where the flow has both). */
const endingShare = { resolved: 0.78, ticket: 0.22 };

/** Mulberry32: small, seeded, good enough to simulate with. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let point = random() * total;
  for (let index = 0; index < items.length; index++) {
    point -= weights[index]!;
    if (point < 0) return items[index]!;
  }
  return items.at(-1)!;
}

interface FlowModel {
  problem: ProblemId;
  machine: AnyStateMachine;
  paths: FlowPath[];
  prompts: Map<string, PromptMeta | undefined>;
}

async function flowModel(problem: ProblemId): Promise<FlowModel> {
  const machine = await loadFlow(problem);
  const graph = flowGraph(machine, 'en');
  const paths = await flowPaths(machine, { locale: 'en', problem }, { limit: 600 });
  return { problem, machine, paths, prompts: new Map(graph.nodes.map((node) => [node.value, node.prompt])) };
}

/** How likely a person takes this step: "solved" most of the time, earlier choices in a list more often. */
function stepWeight(step: PathStep, prompt: PromptMeta | undefined, solved: number): number {
  if (step.event.type !== 'user.choose') return 1;
  const { choice } = step.event;
  if (prompt?.kind === 'outcome') return choice === 'solved' ? solved : 1 - solved;
  const choices = prompt && 'choices' in prompt ? (prompt.choices ?? []) : [];
  const rank = Math.max(
    0,
    choices.findIndex((candidate) => candidate.id === choice),
  );
  return 0.75 ** rank;
}

function pathWeight(model: FlowModel, path: FlowPath, solved: number): number {
  return path.steps.reduce((weight, step) => weight * stepWeight(step, model.prompts.get(step.from), solved), 1);
}

/** What moved the conversation along each step: the events' `via`. */
function viaOf(step: PathStep, prompt: PromptMeta | undefined): StepVia {
  if (step.event.type === 'user.choose') return { choice: step.event.choice };
  if (step.event.type === 'user.submit') return 'ticket-form';
  return prompt?.kind === 'answer' ? { answer: answerVia(prompt, step.event) } : 'host';
}

/** The cause the flow settled on along a path: what the resolved and rated events carry. */
function causeOf(model: FlowModel, path: FlowPath): string {
  const actor = createActor(model.machine, { input: { locale: 'en', problem: model.problem } });
  actor.start();
  for (const step of path.steps) actor.send(step.event);
  const cause = (actor.getSnapshot().context as FlowContext).cause;
  actor.stop();
  return cause ?? 'unknown';
}

/** A made-up id, stable for a seed (the widget's are random UUIDs). */
const idFrom = (random: () => number) =>
  Array.from({ length: 4 }, () =>
    Math.floor(random() * 0x10000)
      .toString(16)
      .padStart(4, '0'),
  ).join('');

/** The export's lines, oldest first. */
export async function sampleExport(options: SampleOptions): Promise<string[]> {
  const random = randomFrom(options.seed);
  const problems = Object.keys(flowShare) as ProblemId[];
  const models = new Map<ProblemId, FlowModel>();
  for (const problem of problems) models.set(problem, await flowModel(problem));
  const windowStart = options.end.getTime() - options.days * 86_400_000;
  const lines: { time: number; text: string }[] = [];

  for (let count = 0; count < options.conversations; count++) {
    const share = random();
    let time = windowStart + share * options.days * 86_400_000;
    const record = (type: string, detail: Record<string, unknown>) => {
      time += 4_000 + Math.floor(random() * 40_000);
      lines.push({ time, text: JSON.stringify({ type, time: new Date(time).toISOString(), detail }) });
    };
    const problem = pick(
      random,
      problems,
      problems.map((id) => flowShare[id]),
    );
    const model = models.get(problem)!;
    const older = problem === olderVersion.problem && share < olderVersion.until;
    const version = older ? olderVersion.version : model.machine.version!;
    const solved = older ? olderVersion.solved : solvedShare;
    const conversationId = idFrom(random);
    const tag = { conversationId, flowVersion: version };

    // The first open comes before the conversation has loaded: it carries no id.
    record('wallet-support-open', {});
    let firstVia: StepVia = 'start';
    if (random() < triageShare) {
      record('wallet-support-step', { conversationId, state: 'askingProblem', via: 'start' });
      if (random() < stopAtTriageShare) continue;
      firstVia = random() < 0.7 ? { choice: problem } : { answer: 'description' };
    }
    const endings = (['resolved', 'ticket'] as const).filter((kind) =>
      model.paths.some((each) => each.end.kind === kind),
    );
    const ending = pick(
      random,
      endings,
      endings.map((kind) => endingShare[kind]),
    );
    const candidates = model.paths.filter((candidate) => candidate.end.kind === ending);
    const path = pick(
      random,
      candidates,
      candidates.map((candidate) => pathWeight(model, candidate, solved)),
    );
    const stopsAt = random() < stopShare ? 1 + Math.floor(random() * (path.states.length - 2)) : undefined;
    const states = stopsAt === undefined ? path.states : path.states.slice(0, stopsAt);
    states.forEach((state, index) => {
      const step = path.steps[index - 1];
      const via = step ? viaOf(step, model.prompts.get(step.from)) : firstVia;
      record('wallet-support-step', { ...tag, problem, state, via });
    });
    if (stopsAt === undefined) {
      const cause = causeOf(model, path);
      if (path.end.kind === 'resolved') record('wallet-support-resolved', { ...tag, problem, cause });
      else {
        // Trimmed: a real ticket carries the person's words; an analytics export needs none of them.
        const ticket = { id: idFrom(random), problem, cause, locale: 'en', createdAt: new Date(time).toISOString() };
        record('wallet-support-ticket', { ...tag, ticket });
        record('wallet-support-ticket-sent', {
          ...tag,
          ticket,
          reference: `SR-${Math.floor(random() * 90_000) + 10_000}`,
        });
      }
      if (random() < ratedShare) {
        const resolved = path.end.kind === 'resolved';
        const helpful = random() < (resolved ? 0.85 : 0.45);
        record('wallet-support-rated', {
          ...tag,
          problem,
          cause,
          resolved,
          rating: helpful ? 'helpful' : 'not-helpful',
        });
      }
    }
    record('wallet-support-close', tag);
  }
  return lines.sort((a, b) => a.time - b.time).map((line) => line.text);
}
