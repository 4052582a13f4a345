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

/** What is known about the failure, from the host page or from the user's answers. */
export interface Facts {
  occurredAt?: string;
  amount?: Money;
  errorCode?: string;
  errorMessage?: string;
  merchant?: string;
  orderId?: string;
  description?: string;
  contact?: Contact;
}

export type FactName = keyof Facts;

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
  | { ok: false; reason: string };

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
  | { kind: 'choice'; choices: ChoiceMeta[] }
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
}
