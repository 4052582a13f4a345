import type { Prompt } from '../../engine/prompt.js';
import type { SessionView } from '../../engine/session.js';
import type { ProblemId } from '../../shared/problems.js';
import { buildTicket } from '../../ticket/build.js';
import type { Ticket } from '../../ticket/types.js';
import { emit } from '../events.js';

/**
 * What a conversation tells the page (docs/contract.md "Events"): `wallet-support-step` for every
 * question the user sees, `wallet-support-resolved` when a fix worked, `wallet-support-rated` when
 * the person rates the help at the end, and, when it ends in a ticket, the ticket built from the
 * flow's context and handed to `file` (the page's courier, which fires the ticket events).
 */
export class ConversationReporter {
  /** The state last reported in `wallet-support-step`. */
  #lastStep?: string;

  constructor(
    private readonly element: HTMLElement,
    private readonly file: (ticket: Ticket) => void,
  ) {}

  /** A new conversation: its first question is a step again. */
  reset(): void {
    this.#lastStep = undefined;
  }

  report(view: SessionView): void {
    // A step is a question (or an ending) the user sees: not "starting", nor a flow still loading.
    if (!view.prompt || view.busy || view.state === this.#lastStep) return;
    this.#lastStep = view.state;
    emit(this.element, 'wallet-support-step', { problem: view.problem, state: view.state });
    if (view.problem && view.prompt.kind === 'done') this.#ended(view, view.problem, view.prompt.outcome);
  }

  /** The rating at the end, with how the conversation ended; false (nothing sent) before the end. */
  rated(view: SessionView, rating: 'helpful' | 'not-helpful'): boolean {
    if (!view.problem || view.prompt?.kind !== 'done') return false;
    emit(this.element, 'wallet-support-rated', {
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
      emit(this.element, 'wallet-support-resolved', { problem, cause: context.cause ?? 'unknown' });
      return;
    }
    this.file(buildTicket(context, { url: location.href, userAgent: navigator.userAgent }));
  }
}
