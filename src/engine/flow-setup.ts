import { assign, setup } from 'xstate';
import { CONFIDENT, type CauseId } from '../diagnose/types.js';
import { hotlineAdvice } from './advice/hotline.js';
import { limitAdvice, type LimitScheme } from './advice/limits.js';
import {
  isMoneyBackOverdue,
  moneyBackAdvice,
  moneyBackOverdueNotice,
  type MoneyBackCase,
} from './advice/money-back.js';
import type {
  FactName,
  Facts,
  FlowContext,
  FlowEvent,
  FlowInput,
  Message,
  PaymentMethod,
  RememberedFact,
  StateMeta,
} from './context.js';
import { withEdits } from './edits.js';
import { readError } from './error-reading.js';
import { answerLines, message } from './messages.js';
import { likelyCause, likelyCauseOfHostDecline } from './outcomes.js';
import { fallbackRejection, notRememberedReply, rejectionTexts } from './reasons.js';
import type { Rich } from './rich.js';
import { localize, type Markdown, type Text } from './text.js';
import type { ProblemId } from '../shared/problems.js';

function isKnown(facts: Facts, fact: FactName): boolean {
  const known = (value: unknown) => value !== undefined && value !== '';
  // "I don't remember" is an answer: the question is not asked again.
  if ((facts.notRemembered as string[] | undefined)?.includes(fact)) return true;
  // A host that passed only an error code has told us "what the error said".
  if (fact === 'errorMessage') return known(facts.errorMessage) || known(facts.errorCode);
  return known(facts[fact]);
}

/** Advice written from the person's own facts (dates, amounts, caps): engine/advice/. */
export type Advice =
  { kind: 'money-back'; case: MoneyBackCase } | { kind: 'limit'; scheme: LimitScheme } | { kind: 'hotline' };

function adviceFor(context: FlowContext, advice: Advice): Rich | undefined {
  switch (advice.kind) {
    case 'money-back':
      return moneyBackAdvice(context.facts, advice.case, context.locale);
    case 'limit':
      return limitAdvice(context.facts, advice.scheme, context.locale);
    case 'hotline':
      return hotlineAdvice(context.facts, context.locale);
  }
}

const withLine = (context: FlowContext, ...lines: Message[]) => [...context.transcript, ...lines];

/** Problems that are a payment, which a checkout's decline can be summed up as. */
const paymentProblems = new Set<ProblemId>(['payment-failed', 'bank-wallet-payment-failed']);
/** Causes that are not a refusal: a payment still waiting, or one taken twice. */
const notDeclines = new Set<CauseId>(['payment-pending', 'duplicate-charge']);

type Remask = NonNullable<Extract<FlowEvent, { type: 'user.answer' }>['remask']>;

/**
 * Earlier answers masked again now that a later one completed a secret (a card number typed in
 * two halves): in the log and in the facts they became, before anything new is added.
 */
function remasked(context: FlowContext, remask: Remask | undefined): Pick<FlowContext, 'transcript' | 'facts'> {
  if (!remask?.length) return context;
  const swap = (text: string) => remask.find(({ from }) => from === text)?.to ?? text;
  const transcript = context.transcript.map((line) =>
    line.from === 'user' ? { ...line, text: swap(line.text) } : line,
  );
  const facts = Object.fromEntries(
    Object.entries(context.facts).map(([name, value]) => [name, typeof value === 'string' ? swap(value) : value]),
  ) as Facts;
  return { transcript, facts };
}

/**
 * The one setup every flow builds on: the shared context, and the actions and guards the step
 * helpers (engine/steps.ts) refer to by name. Flow files add states, never implementations.
 */
export const flowSetup = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    meta: {} as StateMeta,
  },
  actions: {
    say: assign(({ context }, params: { text: Markdown }) => ({
      transcript: withLine(context, message('bot', localize(params.text, context.locale))),
    })),
    /**
     * Names a confidently diagnosed cause: from what the person said, or, when they have said
     * nothing (the page passed the decline), with a line on the payment the page passed.
     */
    sayLikelyCause: assign(({ context }, params: { cause: CauseId }) => {
      const told = context.transcript.some((line) => line.from === 'user');
      // "Your payment … was declined" only of a payment, and only of a refusal (not one still waiting).
      const declined = paymentProblems.has(context.problem) && !notDeclines.has(params.cause);
      const text = told
        ? likelyCause(params.cause)
        : likelyCauseOfHostDecline(params.cause, declined ? context.facts : {});
      return { transcript: withLine(context, message('bot', localize(text, context.locale))) };
    }),
    /** Asks for a fact unless the host page or an earlier answer already gave it. */
    askQuestion: assign(({ context }, params: { fact: FactName; text: Markdown }) =>
      isKnown(context.facts, params.fact)
        ? {}
        : { transcript: withLine(context, message('bot', localize(params.text, context.locale))) },
    ),
    /** Says `text` when any of `facts` is still unknown (the way to the ticket asks for them). */
    sayIfAnyUnknown: assign(({ context }, params: { facts: FactName[]; text: Markdown }) =>
      params.facts.every((fact) => isKnown(context.facts, fact))
        ? {}
        : { transcript: withLine(context, message('bot', localize(params.text, context.locale))) },
    ),
    recordAnswer: assign(({ context: before, event }, params: { fact: FactName }) => {
      if (event.type !== 'user.answer' || !event.understood.ok) return {};
      const context = { ...before, ...remasked(before, event.remask) };
      const lines = answerLines(context.locale, event.text, event.masked);
      if ('notRemembered' in event.understood) {
        const fact = params.fact as RememberedFact;
        return {
          facts: { ...context.facts, notRemembered: [...(context.facts.notRemembered ?? []), fact] },
          transcript: withLine(context, ...lines, message('bot', localize(notRememberedReply, context.locale))),
          offer: undefined,
        };
      }
      return {
        facts: { ...context.facts, [params.fact]: event.understood.value },
        transcript: withLine(context, ...lines),
        offer: undefined,
      };
    }),
    rejectAnswer: assign(({ context: before, event }) => {
      if (event.type !== 'user.answer' || event.understood.ok) return {};
      const context = { ...before, ...remasked(before, event.remask) };
      const { reason, suggestion } = event.understood;
      const reply = rejectionTexts[reason] ?? fallbackRejection;
      const said = localize(reply, context.locale);
      return {
        facts: context.facts,
        transcript: withLine(
          context,
          ...answerLines(context.locale, event.text, event.masked),
          message('bot', suggestion ? said.replaceAll('{suggestion}', suggestion) : said),
        ),
        offer: suggestion,
      };
    }),
    echoChoice: assign(({ context }, params: { label: Text }) => ({
      transcript: withLine(context, message('user', localize(params.label, context.locale))),
    })),
    recordPaymentMethod: assign(({ context }, params: { method: PaymentMethod | 'not-remembered' }) => ({
      facts:
        params.method === 'not-remembered'
          ? { ...context.facts, notRemembered: [...(context.facts.notRemembered ?? []), 'paymentMethod' as const] }
          : { ...context.facts, paymentMethod: params.method },
    })),
    /** A flow that knows how the person paid (an e-CNY wallet's flow) says so, unless the host said otherwise. */
    assumePaymentMethod: assign(({ context }, params: { method: PaymentMethod }) =>
      context.facts.paymentMethod ? {} : { facts: { ...context.facts, paymentMethod: params.method } },
    ),
    classifyError: assign(({ context }) => {
      const { errorMessage = '', errorCode } = context.facts;
      if (!errorMessage && !errorCode) return {};
      const classification = readError(errorMessage, errorCode);
      // Only a confident cause is the diagnosis; a guess waits for the user's confirmation
      // (proposeCause), so an unrecognised error does not pin the ticket's cause to "unknown".
      const confident = classification.cause !== 'unknown' && classification.confidence >= CONFIDENT;
      return { classification, cause: context.cause ?? (confident ? classification.cause : undefined) };
    }),
    /** Keeps the first cause proposed: that is the diagnosis the ticket reports. */
    proposeCause: assign(({ context }, params: { cause: CauseId }) => ({
      cause: context.cause ?? params.cause,
    })),
    recordFixTried: assign(({ context }, params: { fix: string; title: Text }) => ({
      fixesTried: [...context.fixesTried, params.fix],
      stepsTried: [...context.stepsTried, localize(params.title, context.locale)],
    })),
    /** Advice built from what the person said (a date, their amount against the caps); nothing when it cannot be. */
    advise: assign(({ context }, params: { advice: Advice }) => {
      const advice = adviceFor(context, params.advice);
      return advice === undefined ? {} : { transcript: withLine(context, message('bot', advice)) };
    }),
    sayMoneyBackOverdue: assign(({ context }, params: { case: MoneyBackCase }) => ({
      transcript: withLine(context, message('bot', moneyBackOverdueNotice(context.facts, params.case, context.locale))),
    })),
    applyTicketEdits: assign(({ context, event }) => {
      if (event.type !== 'user.submit') return {};
      return { facts: withEdits(context.facts, event.edits) };
    }),
  },
  guards: {
    isKnown: ({ context }, params: { fact: FactName }) => isKnown(context.facts, params.fact),
    isUnderstood: ({ event }) => event.type === 'user.answer' && event.understood.ok,
    isChoice: ({ event }, params: { choice: string }) => event.type === 'user.choose' && event.choice === params.choice,
    isDiagnosed: ({ context }, params: { cause: CauseId }) =>
      context.classification?.cause === params.cause && context.classification.confidence >= CONFIDENT,
    /** The error hints at this cause, but not surely enough to skip asking the user. */
    isSuspected: ({ context }, params: { cause: CauseId }) =>
      context.classification?.cause === params.cause &&
      context.classification.confidence > 0 &&
      context.classification.confidence < CONFIDENT,
    hasTried: ({ context }, params: { fix: string }) => context.fixesTried.includes(params.fix),
    /** Fixes that did not help: after two, the ticket leads. */
    hasTriedAtLeast: ({ context }, params: { count: number }) => context.fixesTried.length >= params.count,
    isMoneyBackOverdue: ({ context }, params: { case: MoneyBackCase }) =>
      isMoneyBackOverdue(context.facts, params.case),
  },
});

export function initialContext(input: FlowInput): FlowContext {
  return {
    locale: input.locale,
    problem: input.problem,
    facts: { ...input.facts },
    stepsTried: [],
    fixesTried: [],
    transcript: [...(input.transcript ?? [])],
  };
}
