import { createActor, type Actor, type AnyStateMachine } from 'xstate';
import { loadFlow } from '../../flows/index.js';
import { redact } from '../diagnose/redact.js';
import type { Locale } from '../diagnose/types.js';
import type { Facts, FlowContext, Message, TicketEdits } from './context.js';
import { interpretAnswer } from './interpret.js';
import type { ProblemId } from './problems.js';
import { currentPrompt, promptMeta, type Prompt, type PromptSource } from './prompt.js';
import { createTriage } from './triage.js';

export interface SessionOptions {
  locale: Locale;
  /** Start straight in this flow instead of asking what went wrong. */
  problem?: ProblemId;
  /** What the host page already knows; never asked again. */
  facts?: Facts;
  /** Problems offered when the host did not name one. */
  problems: readonly ProblemId[];
}

/** Everything the view renders, derived from the current actor's snapshot. */
export interface SessionView {
  transcript: Message[];
  prompt?: Prompt;
  problem?: ProblemId;
  /** The flow's current state, e.g. "askingAmount" (for `wallet-support-step`). */
  state: string;
  /** The flow's context once a flow runs: the ticket is built from it. */
  context?: FlowContext;
  /** True while the bot is working out a reply (shown as a typing indicator). */
  busy: boolean;
}

type Snapshot = PromptSource & { value: unknown; status: string; output?: unknown };

/**
 * One conversation: the triage question if needed, then the problem's flow. It owns the actor,
 * turns the user's input into events, and tells its listener about every new view. It never
 * touches the DOM.
 */
export class Session {
  private actor?: Actor<AnyStateMachine>;
  private problem?: ProblemId;
  private busy = false;
  private view: SessionView = { transcript: [], state: 'starting', busy: true };
  private readonly listeners = new Set<(view: SessionView) => void>();

  constructor(private readonly options: SessionOptions) {}

  get current(): SessionView {
    return this.view;
  }

  subscribe(listener: (view: SessionView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    this.stop();
    if (this.options.problem) {
      await this.startFlow(this.options.problem, []);
    } else {
      this.startTriage();
    }
  }

  async answer(typed: string): Promise<void> {
    const prompt = this.actor && promptMeta(this.snapshot());
    if (!prompt || prompt.kind !== 'answer' || this.busy) return;
    this.setBusy(true);
    try {
      const event = await interpretAnswer(prompt.answer, typed, this.options.locale);
      this.actor?.send(event);
    } finally {
      this.setBusy(false);
    }
  }

  choose(choice: string): void {
    if (this.busy) return;
    this.actor?.send({ type: 'user.choose', choice });
  }

  submitTicket(edits: TicketEdits): void {
    const clean = (text?: string) => (text === undefined ? undefined : redact(text).text);
    const safe = { ...edits, errorMessage: clean(edits.errorMessage), description: clean(edits.description) };
    this.actor?.send({ type: 'user.submit', edits: safe });
  }

  restart(): Promise<void> {
    return this.start();
  }

  stop(): void {
    this.actor?.stop();
    this.actor = undefined;
  }

  private startTriage(): void {
    const triage = createTriage(this.options.problems);
    this.run(triage, { locale: this.options.locale }, (output) => {
      const { problem, transcript } = output as { problem: ProblemId; transcript: Message[] };
      void this.startFlow(problem, transcript);
    });
  }

  private async startFlow(problem: ProblemId, transcript: Message[]): Promise<void> {
    this.problem = problem;
    this.setBusy(true);
    const machine = await loadFlow(problem);
    this.busy = false;
    this.run(machine, { locale: this.options.locale, problem, facts: this.options.facts, transcript });
  }

  private run(machine: AnyStateMachine, input: unknown, onDone?: (output: unknown) => void): void {
    this.actor?.stop();
    const actor = createActor(machine, { input });
    this.actor = actor;
    actor.subscribe((snapshot) => {
      if (this.actor !== actor) return;
      this.publish();
      if (snapshot.status === 'done' && onDone) onDone(snapshot.output);
    });
    actor.start();
    this.publish();
  }

  private snapshot(): Snapshot {
    return this.actor!.getSnapshot() as Snapshot;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.publish();
  }

  private publish(): void {
    if (!this.actor) {
      this.view = { ...this.view, busy: this.busy };
    } else {
      const snapshot = this.snapshot();
      const context = snapshot.context as FlowContext;
      this.view = {
        transcript: context.transcript,
        prompt: currentPrompt(snapshot),
        problem: this.problem,
        state: typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value),
        context: this.problem && 'facts' in context ? context : undefined,
        busy: this.busy,
      };
    }
    for (const listener of this.listeners) listener(this.view);
  }
}
