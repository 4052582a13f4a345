import { assign, setup } from 'xstate';
import { classifyError } from '../diagnose/classify.js';
import { CONFIDENT, type CauseId } from '../diagnose/types.js';
import type { FactName, Facts, FlowContext, FlowEvent, FlowInput, StateMeta } from './context.js';
import { withEdits } from './edits.js';
import { answerLines, message } from './messages.js';
import { fallbackRejection, rejectionTexts } from './reasons.js';
import { localize, type Markdown, type Text } from './text.js';

function isKnown(facts: Facts, fact: FactName): boolean {
  const known = (value: unknown) => value !== undefined && value !== '';
  // A host that passed only an error code has told us "what the error said".
  if (fact === 'errorMessage') return known(facts.errorMessage) || known(facts.errorCode);
  return known(facts[fact]);
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
      transcript: [...context.transcript, message('bot', localize(params.text, context.locale))],
    })),
    /** Asks for a fact unless the host page or an earlier answer already gave it. */
    askQuestion: assign(({ context }, params: { fact: FactName; text: Markdown }) =>
      isKnown(context.facts, params.fact)
        ? {}
        : { transcript: [...context.transcript, message('bot', localize(params.text, context.locale))] },
    ),
    recordAnswer: assign(({ context, event }, params: { fact: FactName }) => {
      if (event.type !== 'user.answer' || !event.understood.ok) return {};
      return {
        facts: { ...context.facts, [params.fact]: event.understood.value },
        transcript: [...context.transcript, ...(event.type === 'user.answer' ? answerLines(context.locale, event.text, event.masked) : [])],
      };
    }),
    rejectAnswer: assign(({ context, event }) => {
      if (event.type !== 'user.answer' || event.understood.ok) return {};
      const reply = rejectionTexts[event.understood.reason] ?? fallbackRejection;
      return {
        transcript: [
          ...context.transcript,
          ...(event.type === 'user.answer' ? answerLines(context.locale, event.text, event.masked) : []),
          message('bot', localize(reply, context.locale)),
        ],
      };
    }),
    echoChoice: assign(({ context }, params: { label: Text }) => ({
      transcript: [...context.transcript, message('user', localize(params.label, context.locale))],
    })),
    classifyError: assign(({ context }) => {
      const { errorMessage = '', errorCode } = context.facts;
      if (!errorMessage && !errorCode) return {};
      const classification = classifyError(errorMessage, errorCode);
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
