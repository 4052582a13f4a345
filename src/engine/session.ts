import { createActor, type Actor, type AnyStateMachine, type Snapshot as ActorSnapshot } from 'xstate';
import type { Locale } from '../diagnose/types.js';
import type { Facts, FlowContext, Message, TicketEdits } from './context.js';
import { loadErrorReader, needsFullReader } from './error-reading.js';
import { message } from './messages.js';
import { flowLoadFailed, RETRY_CHOICE, retryLabel } from './load-failure.js';
import { answerVia, newConversationId } from './conversation-tag.js';
import { ConversationMemory, flowUpdatedNotice, isRestorable, isSameFlow, type SnapshotStore } from './persistence.js';
import { isProblemId, type ProblemId } from '../shared/problems.js';
import type { StepVia } from '../shared/step-via.js';
import { currentPrompt, promptMeta, type Prompt, type PromptSource } from './prompt.js';
import { loadTexts } from './text-loaders.js';
import { localize } from './text.js';
import type { TriageOutput } from './triage.js';

/** Loads a problem's flow: the one seam between the engine and flows/ (the widget passes flows/index.ts `loadFlow`). */
export type FlowLoader = (problem: ProblemId) => Promise<AnyStateMachine>;

export interface SessionOptions {
  locale: Locale;
  /** Where each problem's flow comes from: the engine knows no flow by name (docs/architecture.md). */
  loadFlow: FlowLoader;
  /** Start straight in this flow instead of asking what went wrong. */
  problem?: ProblemId;
  /** What the host page already knows; never asked again. */
  facts?: Facts;
  /** Problems offered when the host did not name one. */
  problems: readonly ProblemId[];
  /** Where the conversation is kept across reloads; without it nothing is kept. */
  persistence?: SnapshotStore;
  /** How long a kept conversation lasts, ms (engine/persistence.ts `CONVERSATION_TTL`). */
  keepFor?: number;
  /** Pick up the kept conversation, if any (the default); false forgets it and starts over. */
  resume?: boolean;
  /** Go on as this conversation (its id, for the events): the same conversation in another language. */
  conversationId?: string;
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
  /** There is an earlier question in this flow to go back to. */
  canGoBack: boolean;
  /** This conversation's random id: kept across a reload that picks it up, new when it starts over. */
  conversationId: string;
  /** The running flow's `version`; absent before a flow is chosen. */
  flowVersion?: string;
  /** What moved the conversation here: never what was typed (shared/step-via.ts). */
  via: StepVia;
}

type Snapshot = PromptSource & { value: unknown; status: string; output?: unknown };

/**
 * One conversation: the triage question if needed, then the problem's flow. It owns the actor,
 * turns the user's input into events, and tells its listener about every new view. It never
 * touches the DOM.
 *
 * With `persistence`, the flow's snapshot is saved after every change and picked up again by
 * the next session started with the same locale, problem and host facts (a reload): the log
 * shows what was said and the same question waits. A snapshot of another flow version is
 * dropped with a friendly line; a finished conversation is forgotten.
 */
export class Session {
  #actor?: Actor<AnyStateMachine>;
  #problem?: ProblemId;
  /** The bot is working out a reply (an answer being read, a chunk loading): input waits, the view shows typing. */
  #busy = false;
  /** A flow chunk is loading: the typing indicator stays until its first question. */
  #flowLoading = false;
  /** A time more than 180 days ago, said once: said again, it is taken as confirmed. */
  #oldTimeToConfirm?: string;
  #conversationId: string;
  /** What the person (or the widget) did last: it moves the conversation to its next view. */
  #via: StepVia = 'start';
  #view: SessionView;
  /** The flow's machine, and its snapshot before each answer that moved it on (for "Back"). */
  #flow?: AnyStateMachine;
  #history: ActorSnapshot<unknown>[] = [];
  readonly #listeners = new Set<(view: SessionView) => void>();
  readonly #memory?: ConversationMemory;
  /** Bumped by start() and stop(): work that awaited a flow chunk checks it is still wanted. */
  #generation = 0;
  /**
   * A flow's chunk could not be downloaded (the connection dropped mid-conversation): the log
   * says so and offers "Try again", which loads it again where the person was.
   */
  #loadFailed?: { transcript: Message[]; retry: () => Promise<void> };

  constructor(private readonly options: SessionOptions) {
    this.#conversationId = options.conversationId ?? newConversationId();
    this.#view = this.#idleView();
    if (options.persistence) {
      this.#memory = new ConversationMemory(
        options.persistence,
        { locale: options.locale, problem: options.problem, facts: options.facts },
        options.keepFor,
      );
    }
  }

  get current(): SessionView {
    return this.#view;
  }

  subscribe(listener: (view: SessionView) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async start(): Promise<void> {
    this.stop();
    this.#via = 'start';
    const generation = this.#generation;
    // What the engine says (the triage, answer labels, notices), in this conversation's language.
    await loadTexts('engine', this.options.locale);
    if (generation !== this.#generation) return;
    if (this.options.resume === false) this.#memory?.clear();
    else if (await this.#resume(generation)) return;
    await this.#startFresh([], generation);
  }

  async answer(typed: string): Promise<void> {
    const prompt = this.#actor && promptMeta(this.#snapshot());
    if (!prompt || prompt.kind !== 'answer' || this.#busy) return;
    const generation = this.#generation;
    this.#setBusy(true);
    try {
      const confirmsOldTime = this.#oldTimeToConfirm !== undefined && this.#oldTimeToConfirm === typed.trim();
      const earlier = (this.#snapshot().context as FlowContext).transcript
        .filter((line) => line.from === 'user')
        .map((line) => line.text);
      // Loaded when the question was shown (#publish); awaited here, so an answer is never read without it.
      const { interpretAnswer } = await readingOfAnswers(this.options.locale);
      const event = await interpretAnswer(prompt.answer, typed, this.options.locale, new Date(), {
        confirmsOldTime,
        earlier,
      });
      // Started over while the answer was read: it belonged to the conversation that is gone.
      if (generation !== this.#generation) return;
      const { understood } = event;
      this.#oldTimeToConfirm = !understood.ok && understood.reason === 'older-than-180-days' ? typed.trim() : undefined;
      this.#via = { answer: answerVia(prompt, event) };
      this.#sendRemembering(event);
    } finally {
      // Answering the triage question starts loading a flow, which keeps the bot "typing".
      if (!this.#flowLoading && generation === this.#generation) this.#setBusy(false);
    }
  }

  /**
   * A button pressed. `forState` is the state the button was drawn for: a press that arrives after
   * the flow moved on (a double click landing on the next question) is not an answer to this one.
   */
  choose(choice: string, forState?: string): void {
    if (this.#busy || (forState !== undefined && forState !== this.#view.state)) return;
    this.#via = { choice };
    if (this.#loadFailed) {
      if (choice === RETRY_CHOICE) void this.#loadFailed.retry();
      return;
    }
    this.#sendRemembering({ type: 'user.choose', choice });
  }

  /** The review form's edits, as engine/ticket-form.ts read them: redacted there (docs/reliability.md D8). */
  submitTicket(edits: TicketEdits): void {
    this.#via = 'ticket-form';
    this.#sendRemembering({ type: 'user.submit', edits });
  }

  /** Forgets the kept conversation: another one (in another language) replaces it. */
  forget(): void {
    this.#memory?.clear();
  }

  /** Starts over from the first question, forgetting the kept conversation: a new conversation. */
  restart(): Promise<void> {
    this.#memory?.clear();
    this.#conversationId = newConversationId();
    return this.start();
  }

  /** Goes back to the previous question of the flow, as it was before it was answered (`user.back`). */
  back(): void {
    if (!this.#view.canGoBack || !this.#flow || !this.#problem) return;
    this.#oldTimeToConfirm = undefined;
    this.#via = 'back';
    const previous = this.#history.pop()!;
    this.#run(this.#flow, this.#flowInput(this.#problem, []), { persist: true, snapshot: previous });
  }

  stop(): void {
    this.#generation++;
    this.#actor?.stop();
    this.#actor = undefined;
    this.#flow = undefined;
    this.#history = [];
    this.#oldTimeToConfirm = undefined;
    this.#busy = false;
    this.#flowLoading = false;
    this.#problem = undefined;
    this.#loadFailed = undefined;
  }

  /** Sends a user event; if it moved the flow to another question, the way back is kept. */
  #sendRemembering(event: Parameters<Actor<AnyStateMachine>['send']>[0]): void {
    const actor = this.#actor;
    if (!actor) return;
    const before = actor.getSnapshot() as Snapshot;
    const persisted = this.#flow ? actor.getPersistedSnapshot() : undefined;
    actor.send(event);
    const after = this.#actor?.getSnapshot() as Snapshot | undefined;
    if (persisted && this.#actor === actor && after && after.value !== before.value && after.status === 'active') {
      this.#history.push(persisted);
      this.#publish();
    }
  }

  async #startFresh(transcript: Message[], generation: number): Promise<void> {
    if (this.options.problem) await this.#startFlow(this.options.problem, transcript, generation);
    else await this.#startTriage(transcript, generation);
  }

  /** Picks up the kept conversation; false when there is none to pick up. */
  async #resume(generation: number): Promise<boolean> {
    const saved = this.#memory?.load();
    if (!saved) return false;
    if (!isProblemId(saved.problem)) {
      this.#memory!.clear();
      return false;
    }
    // The kept conversation's id from the start: an open or close while its flow loads says it too.
    this.#conversationId = saved.conversationId ?? this.#conversationId;
    const machine = await this.#loadFlowAndTexts(saved.problem, [], generation, () => this.start());
    if (!machine) return true;
    const startOver = async () => {
      this.#actor = undefined;
      this.#memory!.clear();
      // What was kept cannot go on: this is a conversation of its own.
      this.#conversationId = newConversationId();
      await this.#startFresh([message('bot', localize(flowUpdatedNotice, this.options.locale))], generation);
      return true;
    };
    if (!isSameFlow(machine, saved.flow) || !isRestorable(saved.snapshot, saved.problem)) return startOver();
    try {
      this.#via = 'resume';
      this.#run(machine, this.#flowInput(saved.problem, []), {
        persist: true,
        snapshot: saved.snapshot as ActorSnapshot<unknown>,
      });
      return true;
    } catch {
      // A snapshot the flow cannot take any more (a state renamed without a version bump).
      return startOver();
    }
  }

  async #startTriage(transcript: Message[], generation: number): Promise<void> {
    if (generation !== this.#generation) return;
    // The triage question and its keywords load only when the host did not say what went wrong.
    const triageModule = await this.#loadOrOfferRetry(
      () => Promise.all([import('./triage.js'), loadTexts('triage', this.options.locale)]).then(([module]) => module),
      transcript,
      generation,
      (said) => this.#startTriage(said, this.#generation),
    );
    if (!triageModule) return;
    const triage = triageModule.createTriage(this.options.problems);
    this.#run(
      triage,
      { locale: this.options.locale, transcript },
      {
        onDone: (output) => {
          const { problem, transcript: said, description } = output as TriageOutput;
          void this.#startFlow(problem, said, this.#generation, description);
        },
      },
    );
  }

  async #startFlow(problem: ProblemId, transcript: Message[], generation: number, description?: string): Promise<void> {
    const machine = await this.#loadFlowAndTexts(problem, transcript, generation, (said) =>
      this.#startFlow(problem, said, this.#generation, description),
    );
    if (machine) this.#run(machine, this.#flowInput(problem, transcript, description), { persist: true });
  }

  /**
   * A flow's machine, with its words in this conversation's language; the typing indicator shows
   * meanwhile. Undefined when the conversation was started over meanwhile, or when the download
   * failed: then the log says so under `transcript`, and "Try again" calls `retry` with the log
   * as it then reads.
   */
  async #loadFlowAndTexts(
    problem: ProblemId,
    transcript: Message[],
    generation: number,
    retry: (transcript: Message[]) => Promise<void>,
  ): Promise<AnyStateMachine | undefined> {
    this.#problem = problem;
    this.#loadFailed = undefined;
    this.#setBusy(true);
    this.#flowLoading = true;
    try {
      const [machine] = await Promise.all([
        this.options.loadFlow(problem),
        loadTexts(problem, this.options.locale),
        // An error from the host that its code does not settle is read as the flow starts (engine/error-reading.ts).
        needsFullReader(this.options.facts ?? {}) ? loadErrorReader() : undefined,
      ]);
      return generation === this.#generation ? machine : undefined;
    } catch {
      if (generation === this.#generation) this.#offerRetry(transcript, retry);
      return undefined;
    } finally {
      if (generation === this.#generation) {
        this.#flowLoading = false;
        this.#busy = false;
        if (this.#loadFailed) this.#publish();
      }
    }
  }

  /**
   * A chunk the conversation needs now (the triage), or undefined when the conversation was started
   * over meanwhile or the download failed: then the log says so and offers "Try again".
   */
  async #loadOrOfferRetry<T>(
    load: () => Promise<T>,
    transcript: Message[],
    generation: number,
    retry: (transcript: Message[]) => Promise<void>,
  ): Promise<T | undefined> {
    try {
      const loaded = await load();
      return generation === this.#generation ? loaded : undefined;
    } catch {
      if (generation !== this.#generation) return undefined;
      this.#offerRetry(transcript, retry);
      this.#publish();
      return undefined;
    }
  }

  /** A download failed: the log says so under `transcript`, and "Try again" calls `retry` with the log as it then reads. */
  #offerRetry(transcript: Message[], retry: (transcript: Message[]) => Promise<void>): void {
    const { locale } = this.options;
    this.#via = 'host';
    const said = [...transcript, message('bot', localize(flowLoadFailed, locale))];
    this.#actor?.stop();
    this.#actor = undefined;
    this.#loadFailed = {
      transcript: said,
      retry: () => retry([...said, message('user', localize(retryLabel, locale))]),
    };
  }

  /** The flow's input: the host's facts, plus the user's own description if triage got one. */
  #flowInput(problem: ProblemId, transcript: Message[], description?: string) {
    const facts = description ? { description, ...this.options.facts } : this.options.facts;
    return { locale: this.options.locale, problem, facts, transcript };
  }

  #run(
    machine: AnyStateMachine,
    input: unknown,
    how: { onDone?: (output: unknown) => void; persist?: boolean; snapshot?: ActorSnapshot<unknown> } = {},
  ): void {
    this.#actor?.stop();
    // Only a problem's flow (persisted) keeps a way back; triage is one question.
    this.#flow = how.persist ? machine : undefined;
    const actor = createActor(machine, how.snapshot ? { input, snapshot: how.snapshot } : { input });
    this.#actor = actor;
    let starting = true;
    actor.subscribe({
      next: (snapshot) => {
        if (this.#actor !== actor) return;
        // Listeners first: a finished flow's ticket goes to the outbox before the conversation is forgotten.
        this.#publish();
        if (how.persist) this.#save(machine, actor);
        if (snapshot.status === 'done' && how.onDone) how.onDone(snapshot.output);
      },
      // A snapshot that cannot be restored is handled below; anything later is a bug in a flow.
      error: (error) => {
        if (!starting) console.error(error);
      },
    });
    actor.start();
    starting = false;
    if (actor.getSnapshot().status === 'error') throw new Error(`The ${machine.id} flow could not start`);
    this.#publish();
    if (how.persist) this.#save(machine, actor);
  }

  /**
   * Saved after every change once the person has said something (before that, a reload starts
   * the same way, and nothing of theirs is kept: not even right after "Delete my data"); a finished
   * conversation has nothing left to resume.
   */
  #save(machine: AnyStateMachine, actor: Actor<AnyStateMachine>): void {
    if (!this.#memory || !this.#problem) return;
    const snapshot = actor.getSnapshot() as { status: string; context: Pick<FlowContext, 'transcript'> };
    if (snapshot.status !== 'active') this.#memory.clear();
    else if (snapshot.context.transcript.some((line) => line.from === 'user'))
      this.#memory.save(this.#problem, machine, actor.getPersistedSnapshot(), this.#conversationId);
  }

  /** Before anything is shown: the typing indicator. */
  #idleView(): SessionView {
    return { transcript: [], state: 'starting', busy: true, canGoBack: false, ...this.#tag() };
  }

  /** Which conversation, which flow version, and what moved it: for the public events. */
  #tag(): Pick<SessionView, 'conversationId' | 'flowVersion' | 'via'> {
    const flowVersion = this.#flow?.version;
    return { conversationId: this.#conversationId, ...(flowVersion ? { flowVersion } : {}), via: this.#via };
  }

  #snapshot(): Snapshot {
    return this.#actor!.getSnapshot() as Snapshot;
  }

  #setBusy(busy: boolean): void {
    this.#busy = busy;
    this.#publish();
  }

  #publish(): void {
    if (this.#loadFailed) {
      this.#view = {
        transcript: this.#loadFailed.transcript,
        prompt: { kind: 'choice', choices: [{ id: RETRY_CHOICE, label: localize(retryLabel, this.options.locale) }] },
        problem: this.#problem,
        state: 'flowLoadFailed',
        busy: this.#busy,
        canGoBack: false,
        ...this.#tag(),
      };
    } else if (!this.#actor) {
      this.#view = { ...this.#view, busy: this.#busy, canGoBack: false, ...this.#tag() };
    } else {
      const snapshot = this.#snapshot();
      const context = snapshot.context as FlowContext;
      this.#view = {
        transcript: context.transcript,
        prompt: currentPrompt(snapshot),
        problem: this.#problem,
        state: typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value),
        context: this.#problem && 'facts' in context ? context : undefined,
        busy: this.#busy,
        canGoBack: this.#history.length > 0 && snapshot.status === 'active' && !this.#busy,
        ...this.#tag(),
      };
    }
    // A question that takes typed words: the reading of answers downloads while the person types.
    if (this.#view.prompt?.kind === 'answer') readingOfAnswers(this.options.locale).catch(() => {});
    for (const listener of this.#listeners) listener(this.#view);
  }
}

/**
 * How typed answers are read (amounts, times, "I don't remember", error messages; docs/decisions/0021):
 * loaded with import() when a question that takes one is shown, so a conversation of choices never
 * downloads it.
 */
function readingOfAnswers(locale: Locale): Promise<typeof import('./interpret.js')> {
  // With the words of why an answer is refused (the 'answers' texts, scripts/flow-markdown/split-by-language.mjs).
  return Promise.all([import('./interpret.js'), loadTexts('answers', locale)]).then(([reading]) => reading);
}
