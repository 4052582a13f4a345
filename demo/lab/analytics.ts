/**
 * How flows do for real people, read from a host's analytics export: a file of JSON lines, each
 * `{"type": "<event name>", "time": "<ISO 8601>", "detail": {…}}`, the widget's public events as
 * the host recorded them (docs/contract.md "Events"). Pure: no DOM, so Vitest checks it against a
 * small export with known answers (test/unit/lab/analytics.test.ts).
 *
 * Events are grouped into conversations by `conversationId`, and conversations into figures per
 * flow and per flow `version`: a changed flow starts figures of its own and the older ones stay.
 */

/** One line of an export that could be read. */
export interface ExportEvent {
  type: string;
  /** Epoch ms of `time`. */
  time: number;
  detail: Record<string, unknown>;
  /** 1-based line number in the file, to keep the order of events with the same time. */
  line: number;
}

/** Why a line was left out. */
export type BadLineReason = 'not-json' | 'not-an-event' | 'bad-time';

export interface ParsedExport {
  events: ExportEvent[];
  /** Lines that are not events, with their 1-based number; blank lines are not counted. */
  bad: { line: number; reason: BadLineReason }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an export; a line that is not an event is counted, never fatal. */
export function parseExport(text: string): ParsedExport {
  const events: ExportEvent[] = [];
  const bad: ParsedExport['bad'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      bad.push({ line, reason: 'not-json' });
      return;
    }
    if (!isRecord(value) || typeof value.type !== 'string' || !isRecord(value.detail)) {
      bad.push({ line, reason: 'not-an-event' });
      return;
    }
    const time = typeof value.time === 'string' ? Date.parse(value.time) : NaN;
    if (Number.isNaN(time)) {
      bad.push({ line, reason: 'bad-time' });
      return;
    }
    events.push({ type: value.type, time, detail: value.detail, line });
  });
  return { events, bad };
}

/**
 * How a fix did: conversations that reached it, what they answered to "did this solve it?", and
 * how those it solved rated the help at the end (`wallet-support-rated`).
 */
export interface FixFigures {
  reached: number;
  solved: number;
  unsolved: number;
  rated: { helpful: number; notHelpful: number };
}

/** The figures of one flow version. */
export interface FlowFigures {
  problem: string;
  /** The flow's `version`, or `unknown` for events recorded before they carried it. */
  version: string;
  conversations: number;
  /** Conversations that reached each state (once each, however often they came back to it). */
  reached: Map<string, number>;
  /** Conversations whose last state this was, without a fix that solved it or a ticket. */
  stopped: Map<string, number>;
  /** Per fix state (a state answered with "Yes, solved" or "No, I still need help"). */
  fixes: Map<string, FixFigures>;
  resolved: number;
  tickets: number;
  /** Ended neither solved nor in a ticket. */
  unfinished: number;
  rated: { helpful: number; notHelpful: number };
  /** Conversations per exact sequence of states (pathKey), for sorting the path list. */
  paths: Map<string, number>;
}

export interface AnalyticsSummary {
  /** problem → version → figures. */
  flows: Map<string, Map<string, FlowFigures>>;
  /** Conversations that never reached a flow (stopped at "what went wrong?"). */
  triageOnly: number;
  /** Events without a `conversationId` (a first open before the conversation loaded, older exports). */
  untagged: number;
}

/** The key of a sequence of states: the same for a recorded conversation and a path of the lab. */
export function pathKey(states: readonly string[]): string {
  return states.join(' > ');
}

/** The outcome choices' ids (engine/outcomes.ts `outcomeChoices`). */
const SOLVED = 'solved';
const UNSOLVED = 'unsolved';

interface Conversation {
  problem?: string;
  version?: string;
  /** States at rest in the flow, in order, as `wallet-support-step` reported them. */
  states: string[];
  /** The `via` of each of those steps. */
  vias: unknown[];
  resolved: boolean;
  ticket: boolean;
  rating?: string;
}

const choiceOf = (via: unknown) => (isRecord(via) && typeof via.choice === 'string' ? via.choice : undefined);

function conversationsOf(events: readonly ExportEvent[]): { conversations: Conversation[]; untagged: number } {
  const byId = new Map<string, Conversation>();
  let untagged = 0;
  const ordered = [...events].sort((a, b) => a.time - b.time || a.line - b.line);
  for (const { type, detail } of ordered) {
    const id = detail.conversationId;
    if (typeof id !== 'string' || !id) {
      untagged++;
      continue;
    }
    let conversation = byId.get(id);
    // A conversation begins with its first step: an open or close alone (a panel opened and closed
    // while a kept conversation loaded) is not a conversation of its own.
    if (!conversation && type !== 'wallet-support-step') continue;
    if (!conversation) byId.set(id, (conversation = { states: [], vias: [], resolved: false, ticket: false }));
    if (typeof detail.problem === 'string') conversation.problem ??= detail.problem;
    if (typeof detail.flowVersion === 'string') conversation.version ??= detail.flowVersion;
    if (type === 'wallet-support-step' && typeof detail.problem === 'string' && typeof detail.state === 'string') {
      conversation.states.push(detail.state);
      conversation.vias.push(detail.via);
    }
    if (type === 'wallet-support-resolved') conversation.resolved = true;
    if (type === 'wallet-support-ticket') conversation.ticket = true;
    if (type === 'wallet-support-rated' && typeof detail.rating === 'string') conversation.rating = detail.rating;
  }
  return { conversations: [...byId.values()], untagged };
}

function emptyFigures(problem: string, version: string): FlowFigures {
  return {
    problem,
    version,
    conversations: 0,
    reached: new Map(),
    stopped: new Map(),
    fixes: new Map(),
    resolved: 0,
    tickets: 0,
    unfinished: 0,
    rated: { helpful: 0, notHelpful: 0 },
    paths: new Map(),
  };
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function count(figures: FlowFigures, conversation: Conversation): void {
  figures.conversations++;
  const { states, vias } = conversation;
  for (const state of new Set(states)) bump(figures.reached, state);
  bump(figures.paths, pathKey(states));
  // A fix is the state answered with "solved" or "unsolved": the step after it says which. A
  // conversation counts once per fix, with its last answer there (after Back, the answer it kept).
  const answers = new Map<string, string>();
  states.forEach((state, index) => {
    const answer = choiceOf(vias[index + 1]);
    if (index + 1 < states.length && (answer === SOLVED || answer === UNSOLVED)) answers.set(state, answer);
  });
  for (const [state, answer] of answers) {
    const fix = figures.fixes.get(state) ?? {
      reached: 0,
      solved: 0,
      unsolved: 0,
      rated: { helpful: 0, notHelpful: 0 },
    };
    if (answer === SOLVED) fix.solved++;
    else fix.unsolved++;
    // The rating at the end of a conversation a fix solved is that fix's.
    if (answer === SOLVED && conversation.rating === 'helpful') fix.rated.helpful++;
    if (answer === SOLVED && conversation.rating === 'not-helpful') fix.rated.notHelpful++;
    figures.fixes.set(state, fix);
  }
  if (conversation.resolved) figures.resolved++;
  else if (conversation.ticket) figures.tickets++;
  else {
    figures.unfinished++;
    const last = states.at(-1);
    if (last) bump(figures.stopped, last);
  }
  if (conversation.rating === 'helpful') figures.rated.helpful++;
  if (conversation.rating === 'not-helpful') figures.rated.notHelpful++;
}

/**
 * How many conversations reached each fix: the same count as the state's on the chart, whether
 * they answered there, went Back, or stopped. Done after all conversations, as only the states
 * answered as fixes somewhere are fixes.
 */
function countFixReach(figures: FlowFigures): void {
  for (const [state, fix] of figures.fixes) fix.reached = figures.reached.get(state) ?? 0;
}

/** Figures per flow and flow version, from an export's events. */
export function summarize(events: readonly ExportEvent[]): AnalyticsSummary {
  const { conversations, untagged } = conversationsOf(events);
  const flows: AnalyticsSummary['flows'] = new Map();
  let triageOnly = 0;
  for (const conversation of conversations) {
    if (!conversation.problem || conversation.states.length === 0) {
      triageOnly++;
      continue;
    }
    const version = conversation.version ?? 'unknown';
    const versions = flows.get(conversation.problem) ?? new Map<string, FlowFigures>();
    flows.set(conversation.problem, versions);
    const figures = versions.get(version) ?? emptyFigures(conversation.problem, version);
    versions.set(version, figures);
    count(figures, conversation);
  }
  for (const versions of flows.values()) for (const figures of versions.values()) countFixReach(figures);
  return { flows, triageOnly, untagged };
}

/** A flow's versions, newest first (numeric where they are numbers). */
export function versionsOf(summary: AnalyticsSummary, problem: string): string[] {
  return [...(summary.flows.get(problem)?.keys() ?? [])].sort((a, b) =>
    b.localeCompare(a, undefined, { numeric: true }),
  );
}

/** The share of answers to a fix that said it solved it; undefined before anyone answered. */
export function solvedRate(fix: FixFigures): number | undefined {
  const answered = fix.solved + fix.unsolved;
  return answered === 0 ? undefined : fix.solved / answered;
}
