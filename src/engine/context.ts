import type { CauseId, Classification, Locale, RedactedKind } from '../diagnose/types.js';
import type { ProblemId } from './problems.js';
import type { RichNode } from './rich.js';
import type { Markdown, Text } from './text.js';

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

export interface FlowContext {
  locale: Locale;
  problem: ProblemId;
  facts: Facts;
  /** The cause diagnosed from what the user said; the first one proposed, kept for the ticket. */
  cause?: CauseId;
  classification?: Classification;
  /** Titles of the fixes the user tried that did not help, in order. */
  stepsTried: string[];
  /** Ids of those fixes, so the flow does not offer them twice. */
  fixesTried: string[];
  transcript: Message[];
  /** What the person may have meant by an answer that was not understood ("¥3.00"), offered as a quick answer. */
  offer?: string;
}

export interface FlowInput {
  locale: Locale;
  problem: ProblemId;
  facts?: Facts;
  /** What was already said (e.g. while choosing the problem), carried into the flow. */
  transcript?: Message[];
}

/** How an answer was understood before it reached the machine (see engine/interpret.ts). */
export type Understanding =
  | { ok: true; value: Money | string }
  /** "I don't remember": an answer too, and the flow moves on without the fact. */
  | { ok: true; notRemembered: true }
  /** `suggestion`: what the person may have meant ("¥3.00"), offered as a quick answer. */
  | { ok: false; reason: string; suggestion?: string };

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

export type FlowEvent =
  | {
      type: 'user.answer';
      /** The answer as typed, with secrets already masked (engine/interpret.ts). */
      text: string;
      understood: Understanding;
      /** Kinds of secret masked in `text`, so the bot can say why. */
      masked?: RedactedKind[];
      /**
       * Earlier answers to mask now: a card number split over this answer and the ones before
       * ("4111 1111", then "1111 1111") is only a secret once both are in (interpret.ts).
       */
      remask?: { from: string; to: string }[];
    }
  | { type: 'user.choose'; choice: string }
  | { type: 'user.submit'; edits: TicketEdits };

/** Kinds of free answer a question can take; each has its own interpreter. */
export type AnswerKind = 'amount' | 'time' | 'text';

export interface ChoiceMeta {
  id: string;
  label: Text;
  /** Hide this choice once the fix with this id was tried and did not help. */
  unlessTried?: string;
}

/**
 * What the current state asks of the user: the state's `meta.prompt`. The view renders it and
 * sends back the matching event; it never decides what comes next.
 */
export type PromptMeta =
  /** `fact`: the buttons answer a question about a fact (how the person paid), not a symptom. */
  | { kind: 'choice'; choices: ChoiceMeta[]; fact?: FactName }
  | {
      kind: 'answer';
      answer: AnswerKind;
      fact: FactName;
      /** The question: said in the log, and the answer box's name (as plain text). */
      label: Markdown;
      placeholder?: Text;
      choices?: ChoiceMeta[];
      /** Quick answers sent as if typed ("just now"), read by the same interpreter. */
      suggestions?: Text[];
    }
  | { kind: 'outcome'; fix: string }
  | { kind: 'ticket' }
  | { kind: 'done'; outcome: 'resolved' | 'ticket' };

export interface StateMeta {
  prompt: PromptMeta;
  /** An honest explanation of a cause this flow cannot fix (steps.ts `explain`), with the ticket offered. */
  explains?: true;
}
