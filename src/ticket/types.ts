import type { CauseId } from '../diagnose/types.js';
import type { ProblemId } from '../shared/problems.js';
import type { Contact, Message, Money, PaymentMethod, RememberedFact } from '../shared/types.js';

/** The Ticket of docs/contract.md: what a host or an endpoint receives. */
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
  /** How the person paid: `balance`, `debit-card`, `credit-card` or `e-cny`. */
  paymentMethod?: PaymentMethod;
  /** Facts the person was asked and said they do not remember (`occurredAt`, `amount`, `paymentMethod`). */
  notRemembered?: RememberedFact[];
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
  /** The ticket this one adds to: the person was told this payment was reported before, and chose to add to it. */
  followUpOf?: string;
  /** A known incident on the status page touching this problem when the ticket was filed. */
  incident?: { id: string; name: string };
  /**
   * Screenshots the person attached, covered and re-encoded (issue 16). In the Ticket JSON and in
   * storage: name, type and size; the images travel beside it (multipart parts, or help-desk
   * uploads). The `wallet-support-ticket` event also gives each one's `blob`.
   */
  attachments?: TicketAttachment[];
}

/** One attached image: `screenshot-1.webp`, its MIME type and its size in bytes. */
export interface TicketAttachment {
  name: string;
  type: string;
  size: number;
  /** The image itself: in the `wallet-support-ticket` event only, never in JSON. */
  blob?: Blob;
}
