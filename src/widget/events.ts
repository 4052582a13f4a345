import type { CauseId } from '../diagnose/types.js';
import type { ProblemId } from '../shared/problems.js';
import type { Ticket } from '../ticket/types.js';

/** Every event `<wallet-support>` dispatches, with its detail (docs/contract.md "Events"). */
export interface WalletSupportEventMap {
  'wallet-support-open': CustomEvent<Record<string, never>>;
  'wallet-support-close': CustomEvent<Record<string, never>>;
  'wallet-support-step': CustomEvent<{ problem?: ProblemId; state: string }>;
  'wallet-support-resolved': CustomEvent<{ problem: ProblemId; cause: CauseId }>;
  /** The one-tap rating at the end: `resolved` says whether a fix solved it (else it ended in a ticket). */
  'wallet-support-rated': CustomEvent<{
    problem: ProblemId;
    cause: CauseId;
    resolved: boolean;
    rating: 'helpful' | 'not-helpful';
  }>;
  /** Cancelable: a host that calls preventDefault() takes over delivery. */
  'wallet-support-ticket': CustomEvent<{ ticket: Ticket }>;
  'wallet-support-ticket-sent': CustomEvent<{ ticket: Ticket; reference?: string }>;
  'wallet-support-ticket-failed': CustomEvent<{ ticket: Ticket; error: string }>;
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
