/**
 * Walks a conversation through the engine the widget runs (engine/session.ts): the same flow
 * loader, the same reading of typed answers (engine/interpret.ts), the host's attributes read as
 * the element reads them (engine/host-facts.ts). No DOM, so the Vitest replay of test/transcripts/,
 * the browser tests and the lab's "Save as test" share it.
 */
import type { CauseId } from '../../src/diagnose/types.js';
import { loadFlow as loadFlowChunk } from '../../flows/index.js';
import { factsFromHost } from '../../src/engine/host-facts.js';
import { Session, type FlowLoader, type SessionView } from '../../src/engine/session.js';
import type { HostContext } from '../../src/shared/host-attributes.js';
import { problemIds, type ProblemId } from '../../src/shared/problems.js';
import type { Locale } from '../../src/shared/types.js';
import { standInSecrets } from './stand-in-secrets.js';
import { hostContext, type TranscriptFile, type Turn } from './transcript-file.js';

/** Where a walk ended. */
export interface Replayed {
  /** The flow the conversation ran (after the problem question, when it was asked). */
  flow?: ProblemId;
  /** The flow's states the person saw, in order, as `wallet-support-step` reports them. */
  path: string[];
  state: string;
  cause: CauseId | 'unknown';
  /** Why the walk stopped before its last turn, if it did. */
  stopped?: string;
}

export interface ConversationStart {
  flow: ProblemId;
  locale: Locale;
  /** The host named no problem: the person is asked first (engine/triage.ts). */
  asksProblem?: boolean;
  host: HostContext;
}

/** A line of the widget's log as the lab reads it (transcript.ts). */
export interface LogLine {
  from: 'bot' | 'user';
  text: string;
}

const describeTurn = (turn: Turn) =>
  'choose' in turn ? `chooses "${turn.choose}"` : 'answer' in turn ? `answers "${turn.answer}"` : 'sends the ticket';

/** One conversation, driven turn by turn, remembering the states it rested in. */
class Walk {
  readonly path: string[] = [];
  readonly #session: Session;
  #lastStep?: string;

  constructor(start: ConversationStart, loadFlow: FlowLoader) {
    this.#session = new Session({
      loadFlow,
      locale: start.locale,
      problem: start.asksProblem ? undefined : start.flow,
      facts: factsFromHost(start.host),
      problems: problemIds,
    });
    this.#session.subscribe((view) => this.#record(view));
  }

  get view(): SessionView {
    return this.#session.current;
  }

  async begin(): Promise<void> {
    await this.#session.start();
    await this.#idle();
  }

  /** The turn a line the person said was: a button by its words, else a typed answer. */
  turnFor(said: string): Turn | undefined {
    const { prompt, state: at } = this.view;
    const choices = prompt && 'choices' in prompt ? prompt.choices : [];
    const button = choices.find((choice) => choice.label === said);
    if (button) return { at, choose: button.id, label: button.label };
    return prompt?.kind === 'answer' ? { at, answer: said } : undefined;
  }

  /** Takes a turn; says why not when the conversation does not ask for it here. */
  async take(turn: Turn): Promise<string | undefined> {
    const { prompt, state } = this.view;
    const refused = (offered: string) => `${describeTurn(turn)} at ${state}, which ${offered}`;
    if ('choose' in turn) {
      const choices = prompt && 'choices' in prompt ? prompt.choices.map((choice) => choice.id) : [];
      if (!choices.includes(turn.choose))
        return refused(choices.length ? `offers ${choices.join(', ')}` : 'offers no buttons');
      this.#session.choose(turn.choose);
    } else if ('answer' in turn) {
      if (prompt?.kind !== 'answer') return refused('asks for no typed answer');
      // Typed as the person typed it, as far as the masked log allows: a secret as a stand-in.
      await this.#session.answer(standInSecrets(turn.answer));
    } else {
      if (prompt?.kind !== 'ticket') return refused('shows no ticket form');
      this.#session.submitTicket({});
    }
    await this.#idle();
    return undefined;
  }

  result(stopped?: string): Replayed {
    const { problem, state, context } = this.view;
    this.#session.stop();
    return {
      flow: problem,
      path: this.path,
      state,
      cause: context?.cause ?? 'unknown',
      ...(stopped ? { stopped } : {}),
    };
  }

  /** The rule of `wallet-support-step` (widget/internal/conversation-reporter.ts), for the flow's states. */
  #record(view: SessionView): void {
    if (!view.prompt || view.busy || view.state === this.#lastStep) return;
    this.#lastStep = view.state;
    if (view.problem) this.path.push(view.state);
  }

  /** Resolves once the bot has finished its reply (an answer read, a flow's chunk loaded). */
  #idle(): Promise<void> {
    if (!this.view.busy) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.#session.subscribe((view) => {
        if (view.busy) return;
        stop();
        resolve();
      });
    });
  }
}

/** Replays a transcript file's turns; run it with the clock at `file.recorded` for a stable "now". */
export async function replayTranscript(file: TranscriptFile, loadFlow: FlowLoader = loadFlowChunk): Promise<Replayed> {
  const walk = new Walk({ ...file, host: hostContext(file) }, loadFlow);
  await walk.begin();
  for (const [index, turn] of file.turns.entries()) {
    const refused = await walk.take(turn);
    if (refused) return walk.result(`turn ${index + 1} ${refused}`);
  }
  return walk.result();
}

/**
 * The turns behind a conversation the widget showed, from its log: each line the person said is
 * the button of that question with those words, or else what they typed (masked secrets stay
 * masked: the log never held them). `sentTicket`: the review form was sent, which says no line.
 */
export async function turnsFromLog(
  lines: readonly LogLine[],
  start: ConversationStart,
  options: { sentTicket?: boolean; loadFlow?: FlowLoader } = {},
): Promise<{ turns: Turn[]; replayed: Replayed }> {
  const walk = new Walk(start, options.loadFlow ?? loadFlowChunk);
  await walk.begin();
  const turns: Turn[] = [];
  for (const line of lines.filter((line) => line.from === 'user')) {
    const turn = walk.turnFor(line.text);
    const refused = turn ? await walk.take(turn) : `"${line.text}" answers nothing asked at ${walk.view.state}`;
    if (refused) return { turns, replayed: walk.result(refused) };
    turns.push(turn!);
  }
  if (options.sentTicket && walk.view.prompt?.kind === 'ticket') {
    const send: Turn = { at: walk.view.state, submit: 'ticket' };
    await walk.take(send);
    turns.push(send);
  }
  return { turns, replayed: walk.result() };
}
