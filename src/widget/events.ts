import type { CauseId } from '../diagnose/types.js';
import type { ProblemId } from '../shared/problems.js';
import type { StepVia } from '../shared/step-via.js';
import type { Ticket } from '../ticket/types.js';

export type { AnswerVia, StepVia } from '../shared/step-via.js';

/**
 * Which conversation an event belongs to, on every event (docs/contract.md "Events"), so a host's
 * analytics can follow a conversation without any of its words.
 */
export interface ConversationTag {
  /** Random, one per conversation: kept when a reload picks the conversation up, new when it starts over. */
  conversationId: string;
  /** The flow machine's `version`; absent while no flow is chosen yet (the triage question). */
  flowVersion?: string;
}

/** Every event `<wallet-support>` dispatches, with its detail (docs/contract.md "Events"). */
export interface WalletSupportEventMap {
  /** The tag of the conversation on screen; none on a first open that comes before the conversation has loaded. */
  'wallet-support-open': CustomEvent<Partial<ConversationTag>>;
  'wallet-support-close': CustomEvent<Partial<ConversationTag>>;
  'wallet-support-step': CustomEvent<ConversationTag & { problem?: ProblemId; state: string; via: StepVia }>;
  'wallet-support-resolved': CustomEvent<ConversationTag & { problem: ProblemId; cause: CauseId }>;
  /** The one-tap rating at the end: `resolved` says whether a fix solved it (else it ended in a ticket). */
  'wallet-support-rated': CustomEvent<
    ConversationTag & {
      problem: ProblemId;
      cause: CauseId;
      resolved: boolean;
      rating: 'helpful' | 'not-helpful';
    }
  >;
  /**
   * Cancelable: a host that calls preventDefault() takes over delivery. The tag is the filing
   * conversation's (kept with the ticket in the outbox); a ticket an older widget filed has none.
   */
  'wallet-support-ticket': CustomEvent<Partial<ConversationTag> & { ticket: Ticket }>;
  'wallet-support-ticket-sent': CustomEvent<Partial<ConversationTag> & { ticket: Ticket; reference?: string }>;
  'wallet-support-ticket-failed': CustomEvent<Partial<ConversationTag> & { ticket: Ticket; error: string }>;
}

export type WalletSupportEventName = keyof WalletSupportEventMap;

type Detail<K extends WalletSupportEventName> = WalletSupportEventMap[K]['detail'];

/** Dispatches a public event: it bubbles out of the shadow roots and reaches the host page. */
export function emit<K extends WalletSupportEventName>(
  target: EventTarget,
  name: K,
  detail: Detail<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  // Declaration merging: the page's own event map gains ours, so addEventListener is typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends WalletSupportEventMap {}
}
