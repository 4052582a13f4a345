import type { CauseId, Classification, RedactedKind } from '../diagnose/types.js';
import type { ProblemId } from '../shared/problems.js';
import type { Facts, FactName, Locale, Message, Money, TicketEdits } from '../shared/types.js';
import type { Markdown, Text } from './text.js';

// The shared vocabulary, for the engine's modules and the flows (src/shared/types.ts).
export { isPaymentMethod, paymentMethods } from '../shared/types.js';
export type {
  Contact,
  FactName,
  Facts,
  Message,
  Money,
  PaymentMethod,
  RememberedFact,
  TicketEdits,
} from '../shared/types.js';

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
  /** `payment`: the form asks for the payment's amount, time, merchant and order (not for a card binding). */
  | { kind: 'ticket'; payment: boolean }
  | { kind: 'done'; outcome: 'resolved' | 'ticket' };

export interface StateMeta {
  prompt: PromptMeta;
  /** An honest explanation of a cause this flow cannot fix (steps.ts `explain`), with the ticket offered. */
  explains?: true;
}
