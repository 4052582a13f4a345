import type { Prompt } from '../../engine/prompt.js';
import type { SessionView } from '../../engine/session.js';
import type { ProblemId } from '../../shared/problems.js';
import { buildTicket } from '../../ticket/build.js';
import type { Ticket } from '../../ticket/types.js';
import { emit, type ConversationTag } from '../events.js';

/** Which conversation a view belongs to, as every public event says it (docs/contract.md "Events"). */
export function conversationTag(view: SessionView): ConversationTag {
  return { conversationId: view.conversationId, ...(view.flowVersion ? { flowVersion: view.flowVersion } : {}) };
}

/**
 * What a conversation tells the page (docs/contract.md "Events"): `wallet-support-step` for every
 * question the user sees, with what moved it there, `wallet-support-resolved` when a fix worked,
 * `wallet-support-rated` when the person rates the help at the end, and, when it ends in a ticket,
 * the ticket built from the flow's context and handed to `file` (the page's courier, which fires
 * the ticket events) with the conversation's tag. Every event carries the tag; none carries what
 * the person typed (the ticket's own fields aside).
 */
export class ConversationReporter {
  /** The state last reported in `wallet-support-step`. */
  #lastStep?: string;

  constructor(
    private readonly element: HTMLElement,
    private readonly file: (ticket: Ticket, tag: ConversationTag) => void,
  ) {}

  /** A new conversation: its first question is a step again. */
  reset(): void {
    this.#lastStep = undefined;
  }

  report(view: SessionView): void {
    // A step is a question (or an ending) the user sees: not "starting", nor a flow still loading.
    if (!view.prompt || view.busy || view.state === this.#lastStep) return;
    this.#lastStep = view.state;
    emit(this.element, 'wallet-support-step', {
      ...conversationTag(view),
      problem: view.problem,
      state: view.state,
      via: view.via,
    });
    if (view.problem && view.prompt.kind === 'done') this.#ended(view, view.problem, view.prompt.outcome);
  }

  /** The rating at the end, with how the conversation ended; false (nothing sent) before the end. */
  rated(view: SessionView, rating: 'helpful' | 'not-helpful'): boolean {
    if (!view.problem || view.prompt?.kind !== 'done') return false;
    emit(this.element, 'wallet-support-rated', {
      ...conversationTag(view),
      problem: view.problem,
      cause: view.context?.cause ?? 'unknown',
      resolved: view.prompt.outcome === 'resolved',
      rating,
    });
    return true;
  }

  #ended(view: SessionView, problem: ProblemId, outcome: Extract<Prompt, { kind: 'done' }>['outcome']): void {
    const context = view.context;
    if (!context) return;
    if (outcome === 'resolved') {
      emit(this.element, 'wallet-support-resolved', {
        ...conversationTag(view),
        problem,
        cause: context.cause ?? 'unknown',
      });
      return;
    }
    this.file(buildTicket(context, { url: location.href, userAgent: navigator.userAgent }), conversationTag(view));
  }
}
