/**
 * Step helpers that keep a flow file reading like the conversation it holds. Each returns a state
 * config for the shared setup (engine/flow-setup.ts); a flow file composes them and adds no code.
 */
import type { CauseId } from '../diagnose/types.js';
import type { AnswerKind, ChoiceMeta, FactName } from './context.js';
import { flowSetup } from './flow-setup.js';
import { askIfSolved, likelyCause, outcomeChoices } from './outcomes.js';
import { t, type Text } from './text.js';

/** Names of the final states every flow ends in. */
export const RESOLVED = 'resolved';
export const TICKET = 'reviewingTicket';
export const TICKET_FILED = 'ticketFiled';

interface AskOptions {
  answer: AnswerKind;
  question: Text;
  /** The textbox's label; defaults to the question. */
  label?: Text;
  placeholder?: Text;
  next: string;
  /** Quick replies that move on without a typed answer ("No error was shown"). */
  shortcuts?: { id: string; label: Text; target: string }[];
}

/** Asks for a fact in the user's own words, unless it is already known. */
export function ask(fact: FactName, options: AskOptions) {
  const shortcuts = options.shortcuts ?? [];
  return flowSetup.createStateConfig({
    entry: { type: 'askQuestion', params: { fact, text: options.question } },
    always: { guard: { type: 'isKnown', params: { fact } }, target: options.next },
    meta: {
      prompt: {
        kind: 'answer',
        answer: options.answer,
        fact,
        label: options.label ?? options.question,
        placeholder: options.placeholder,
        choices: shortcuts.map(({ id, label }) => ({ id, label })),
      },
    },
    on: {
      'user.answer': [
        { guard: 'isUnderstood', target: options.next, actions: { type: 'recordAnswer', params: { fact } } },
        { actions: 'rejectAnswer' },
      ],
      'user.choose': shortcuts.map(({ id, label, target }) => ({
        guard: { type: 'isChoice' as const, params: { choice: id } },
        target,
        actions: { type: 'echoChoice' as const, params: { label } },
      })),
    },
  });
}

export interface Choice {
  id: string;
  label: Text;
  target: string;
  /** Choosing this names a cause: it becomes the diagnosis if none was made yet. */
  cause?: CauseId;
  /** Hidden once this fix was tried and did not help. */
  unlessTried?: string;
}

/** Asks the user to pick one of a few buttons. */
export function choose(question: Text, choices: Choice[]) {
  const shown: ChoiceMeta[] = choices.map(({ id, label, unlessTried }) => ({ id, label, unlessTried }));
  return flowSetup.createStateConfig({
    entry: { type: 'say', params: { text: question } },
    meta: { prompt: { kind: 'choice', choices: shown } },
    on: {
      'user.choose': choices.map(({ id, label, target, cause }) => ({
        guard: { type: 'isChoice' as const, params: { choice: id } },
        target,
        actions: [
          { type: 'echoChoice' as const, params: { label } },
          ...(cause ? [{ type: 'proposeCause' as const, params: { cause } }] : []),
        ],
      })),
    },
  });
}

/**
 * Classifies what the payment system said and goes straight to the fix for a confident cause;
 * anything else goes to `otherwise` (usually a question about the symptoms).
 */
export function diagnose(routes: Partial<Record<CauseId, string>>, otherwise: string) {
  return flowSetup.createStateConfig({
    entry: 'classifyError',
    always: [
      ...Object.entries(routes).map(([cause, target]) => ({
        guard: { type: 'isDiagnosed' as const, params: { cause: cause as CauseId } },
        target,
        actions: { type: 'say' as const, params: { text: likelyCause(cause as CauseId) } },
      })),
      { target: otherwise },
    ],
  });
}

interface FixOptions {
  /** Short past-tense title for the ticket's "steps tried". */
  title: Text;
  /** The fix, as markdown: concrete steps, cheapest check first. */
  text: Text;
  /** Where to go when it did not help: the next likely cause, or the ticket. */
  next: string;
}

/** Shows a fix and asks whether it solved the problem. */
export function fix(id: string, options: FixOptions) {
  return flowSetup.createStateConfig({
    entry: [
      { type: 'say', params: { text: options.text } },
      { type: 'say', params: { text: askIfSolved } },
    ],
    meta: { prompt: { kind: 'outcome', fix: id } },
    on: {
      'user.choose': [
        {
          guard: { type: 'isChoice', params: { choice: 'solved' } },
          target: RESOLVED,
          actions: { type: 'echoChoice', params: { label: outcomeChoices.solved } },
        },
        {
          guard: { type: 'isChoice', params: { choice: 'unsolved' } },
          target: options.next,
          actions: [
            { type: 'echoChoice', params: { label: outcomeChoices.unsolved } },
            { type: 'recordFixTried', params: { fix: id, title: options.title } },
          ],
        },
      ],
    },
  });
}

const ticketIntro = t(
  '我已经把您提供的信息整理成了一张工单，请检查并补充后提交，客服会尽快联系您。',
  'I have put what you told me into a support ticket. Please check it, add anything missing and submit it; an agent will get back to you.',
);

/** The ticket review: the view shows the prefilled form and sends `user.submit`. */
export function ticket() {
  return flowSetup.createStateConfig({
    entry: { type: 'say', params: { text: ticketIntro } },
    meta: { prompt: { kind: 'ticket' } },
    on: { 'user.submit': { target: TICKET_FILED, actions: 'applyTicketEdits' } },
  });
}

const gladText = t('太好了，问题已解决！如果还有其他问题，随时再来找我。', 'Great, glad that fixed it! Come back any time.');
const filedText = t('工单已提交。', 'Your ticket has been submitted.');

export function resolved() {
  return flowSetup.createStateConfig({
    type: 'final',
    entry: { type: 'say', params: { text: gladText } },
    meta: { prompt: { kind: 'done', outcome: 'resolved' } },
  });
}

export function ticketFiled() {
  return flowSetup.createStateConfig({
    type: 'final',
    entry: { type: 'say', params: { text: filedText } },
    meta: { prompt: { kind: 'done', outcome: 'ticket' } },
  });
}
