/**
 * What the error sandbox shows for a pasted message: the classifier's cause, confidence and every
 * hint it found (src/diagnose/explain.ts), the message shown back with the hints marked and any
 * secret masked, and where each flow would send it (cause-routes.ts). Pure: error-sandbox.ts
 * renders it, test/unit/lab/error-report.test.ts checks it.
 */
import type { AnyStateMachine } from 'xstate';
import { explainError, type ErrorExplanation, type Evidence } from '../../src/diagnose/explain.js';
import { findSecrets } from '../../src/diagnose/redact.js';
import { MASK } from '../../src/diagnose/redact-span.js';
import { CONFIDENT } from '../../src/diagnose/types.js';
import { problemFromDescription } from '../../src/engine/triage-keywords.js';
import type { ProblemId } from '../../src/shared/problems.js';
import { destinationOf, flowRouting, unroutedCauses, type Destination, type FlowRouting } from './cause-routes.js';
import { flowGraph, type NodeKind } from './flow-graph.js';
import type { RoutedCause } from '../../src/engine/steps.js';

/** A flow as the sandbox needs it: its routing and what each of its states does. */
export interface SandboxFlow {
  problem: ProblemId;
  /** Undefined for a flow that diagnoses nothing. */
  routing?: FlowRouting;
  kinds: ReadonlyMap<string, NodeKind>;
}

export function sandboxFlow(problem: ProblemId, machine: AnyStateMachine): SandboxFlow {
  const kinds = new Map(flowGraph(machine, 'en').nodes.map((node) => [node.value, node.kind]));
  return { problem, routing: flowRouting(machine), kinds };
}

/** A piece of the message as shown back: plain, a hint (indices into `evidence`), or a masked secret. */
export interface Segment {
  text: string;
  hints: number[];
  masked: boolean;
}

export interface ShownEvidence extends Evidence {
  /** The hint's text as the lab may show it: masked where it touches a secret. */
  shown: string;
}

export interface FlowDestination {
  problem: ProblemId;
  destination: Destination;
  /** What the state it lands on does (a fix, an explanation, a question, a list). */
  kind?: NodeKind;
  /** For a suspected cause: what the state after "yes" does. */
  thenKind?: NodeKind;
}

export interface ErrorReport {
  explanation: ErrorExplanation;
  verdict: 'confident' | 'suspected' | 'not-recognised';
  evidence: ShownEvidence[];
  segments: Segment[];
  flows: FlowDestination[];
  /**
   * Typed as the very first message, when the page names no problem: the flow the widget's triage
   * opens for these words, or undefined when it asks the person to pick a problem.
   */
  triage?: ProblemId;
}

export function errorReport(message: string, code: string, flows: readonly SandboxFlow[]): ErrorReport {
  const explanation = explainError(message, code || undefined);
  const { classification } = explanation;
  const secrets = findSecrets(message);
  const touchesSecret = (span: readonly [number, number] | undefined) =>
    span !== undefined && secrets.some((secret) => span[0] < secret.end && secret.start < span[1]);
  // The page's code is not part of the message: it is checked for secrets on its own.
  const isSecret = (hint: Evidence) =>
    hint.kind === 'host-code' ? findSecrets(hint.text).length > 0 : touchesSecret(hint.span);
  const evidence = explanation.evidence.map((hint) => ({ ...hint, shown: isSecret(hint) ? MASK : hint.text }));
  const verdict =
    classification.cause === 'unknown' || classification.confidence <= 0
      ? 'not-recognised'
      : classification.confidence >= CONFIDENT
        ? 'confident'
        : 'suspected';
  return {
    explanation,
    verdict,
    evidence,
    segments: markedSegments(message, evidence, secrets),
    flows: flows.map(({ problem, routing, kinds }) => {
      const destination = destinationOf(routing, classification);
      return {
        problem,
        destination,
        ...('state' in destination && { kind: kinds.get(destination.state) }),
        ...(destination.kind === 'confirm' && { thenKind: kinds.get(destination.then) }),
      };
    }),
    triage: message.trim()
      ? problemFromDescription(
          message,
          flows.map((flow) => flow.problem),
        )
      : undefined,
  };
}

/** Per flow, the recognised causes it leaves to the generic list; undefined for a flow that diagnoses nothing. */
export function routingGaps(flows: readonly SandboxFlow[]): { problem: ProblemId; unrouted?: RoutedCause[] }[] {
  return flows.map(({ problem, routing }) => ({ problem, ...(routing && { unrouted: unroutedCauses(routing) }) }));
}

/**
 * The message cut where hints and secrets begin and end: secrets replaced by their mask (a hint
 * inside one is not shown), every other piece with the hints that cover it.
 */
export function markedSegments(
  text: string,
  evidence: readonly Pick<Evidence, 'span'>[],
  secrets: readonly { start: number; end: number; replacement: string }[],
): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const { span } of evidence) if (span) span.forEach((at) => cuts.add(at));
  for (const secret of secrets) [secret.start, secret.end].forEach((at) => cuts.add(at));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (const [index, start] of points.slice(0, -1).entries()) {
    const end = points[index + 1]!;
    const secret = secrets.find((s) => s.start <= start && end <= s.end);
    if (secret) {
      if (secret.start === start) segments.push({ text: secret.replacement, hints: [], masked: true });
      continue;
    }
    const hints = evidence.flatMap(({ span }, at) => (span && span[0] <= start && end <= span[1] ? [at] : []));
    const last = segments.at(-1);
    if (last && !last.masked && last.hints.join() === hints.join()) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), hints, masked: false });
  }
  return segments;
}
