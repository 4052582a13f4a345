import type { CauseId } from '../diagnose/types.js';
import type { Contact, Message, Money } from '../engine/context.js';
import type { ProblemId } from '../engine/problems.js';

/** The support ticket of DESIGN.md: what a host or an endpoint receives. */
export interface Ticket {
  /** UUID, also the Idempotency-Key of every delivery attempt. */
  id: string;
  createdAt: string;
  locale: string;
  problem: ProblemId;
  cause: CauseId;
  occurredAt?: string;
  amount?: Money;
  errorCode?: string;
  errorMessage?: string;
  merchant?: string;
  orderId?: string;
  /** Never more of a card number. */
  cardLast4?: string;
  /** Fixes the user already tried, in order. */
  stepsTried: string[];
  /** The user's own words, redacted. */
  description?: string;
  contact?: Contact;
  /** Redacted, and plain text: the words the user saw, without the bot's formatting. */
  transcript: Pick<Message, 'from' | 'text' | 'at'>[];
  page: { url: string; userAgent: string };
}
