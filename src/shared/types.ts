/**
 * The small vocabulary every layer shares: the language, money, what is known about a failure,
 * a line of the conversation, compiled flow text. Plain types and constants only: it imports
 * nothing, and anything may import it (docs/architecture.md "Layering rules").
 */

/** The languages the widget speaks. */
export type Locale = 'zh-CN' | 'zh-TW' | 'en';

/** The elements flow text may use (docs/reliability.md S2). */
export type RichTag = 'p' | 'br' | 'strong' | 'em' | 'code' | 'pre' | 'ul' | 'ol' | 'li' | 'blockquote';

/** Text, or an element. */
export type RichNode = string | RichElement;

/** `[tag, ...children]`; a link is `['a', href, ...children]` with an https, mailto or tel address. */
export interface RichElement extends Array<RichNode> {
  0: RichTag | 'a';
}

/** Compiled markdown (a list of blocks), or one paragraph of plain text. */
export type Rich = string | RichNode[];

export interface Money {
  /** Decimal string in the currency's minor units, never a float: "1299.50". */
  value: string;
  /** ISO 4217. */
  currency: string;
}

export interface Contact {
  email?: string;
  phone?: string;
}

/** How the person paid: what decides how, and how fast, money comes back. */
export const paymentMethods = ['balance', 'debit-card', 'credit-card', 'e-cny'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return typeof value === 'string' && (paymentMethods as readonly string[]).includes(value);
}

/** Facts a person may honestly not remember; the ticket then says so. */
export type RememberedFact = 'occurredAt' | 'amount' | 'paymentMethod';

/** What is known about the failure, from the host page or from the user's answers. */
export interface Facts {
  occurredAt?: string;
  amount?: Money;
  errorCode?: string;
  errorMessage?: string;
  merchant?: string;
  orderId?: string;
  paymentMethod?: PaymentMethod;
  /** The provider's official hotline, from the host page (`support-phone`): said where a person is the next step. */
  supportPhone?: string;
  description?: string;
  contact?: Contact;
  /** Asked, and the person said they do not remember: never asked again, reported as unknown. */
  notRemembered?: RememberedFact[];
}

/** The facts a question can ask for (not the bookkeeping of what was not remembered). */
export type FactName = Exclude<keyof Facts, 'notRemembered'>;

/**
 * One line of the conversation. `text` is always plain (what a ticket, an export or a screen reader
 * gets); a bot line with formatting also carries it as compiled flow markdown in `rich`. User text
 * is only ever shown as text.
 */
export interface Message {
  from: 'bot' | 'user';
  text: string;
  rich?: RichNode[];
  at: string;
}

/** The edits the user made on the ticket review form. */
export interface TicketEdits {
  /** null: the user emptied the field, so the ticket has no amount (undefined: not edited). */
  amount?: Money | null;
  /** null: the user emptied the field. */
  occurredAt?: string | null;
  errorCode?: string;
  /** An emptied text field arrives as "" (and is left out of the ticket), not undefined (kept as before). */
  errorMessage?: string;
  merchant?: string;
  orderId?: string;
  description?: string;
  contact?: Contact;
}
