/**
 * Step helpers that keep a flow file reading like the conversation it holds. Each returns a state
 * config for the shared setup (engine/flow-setup.ts); a flow file composes them and adds no code.
 * None of them uses `invoke` or `after`: xstate/graph's createTestModel walks every flow, and it
 * refuses both.
 */
import { and, not } from 'xstate';
import type { CauseId } from '../diagnose/types.js';
import type { AnswerKind, ChoiceMeta, FactName } from './context.js';
import { flowSetup } from './flow-setup.js';
import { askIfSolved, confirmChoices, likelyCause, outcomeChoices, suspectedCause } from './outcomes.js';
import { t, type Markdown, type Text } from './text.js';

/** Names of the final states every flow ends in. */
export const RESOLVED = 'resolved';
export const TICKET = 'reviewingTicket';
export const TICKET_FILED = 'ticketFiled';

interface AskOptions {
  answer: AnswerKind;
  /** Said in the log, and the answer box's accessible name (DESIGN: "labelled by the question"). */
  question: Markdown;
  placeholder?: Text;
  next: string;
  /** Quick replies that move on without a typed answer ("No error was shown"). */
  shortcuts?: { id: string; label: Text; target: string }[];
  /** Quick answers sent as if typed; time questions get {@link timeSuggestions} by default. */
  suggestions?: Text[];
}

/** The quick chips every time question offers; parseTime reads each of them. */
export const timeSuggestions: Text[] = [
  t('刚刚', 'just now', '剛剛'),
  t('今天早些时候', 'earlier today', '今天稍早'),
  t('昨天', 'yesterday', '昨天'),
];

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
        label: options.question,
        placeholder: options.placeholder,
        choices: shortcuts.map(({ id, label }) => ({ id, label })),
        suggestions: options.suggestions ?? (options.answer === 'time' ? timeSuggestions : []),
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
  /** Hidden, and refused, once this fix was tried and did not help. */
  unlessTried?: string;
}

function choiceGuard(id: string, unlessTried?: string) {
  const chosen = { type: 'isChoice' as const, params: { choice: id } };
  // The view hides a tried fix; the machine refuses it too, so no client can offer it twice.
  return unlessTried ? and([chosen, not({ type: 'hasTried' as const, params: { fix: unlessTried } })]) : chosen;
}

/** Asks the user to pick one of a few buttons. */
export function choose(question: Markdown, choices: Choice[]) {
  const shown: ChoiceMeta[] = choices.map(({ id, label, unlessTried }) => ({ id, label, unlessTried }));
  return flowSetup.createStateConfig({
    entry: { type: 'say', params: { text: question } },
    meta: { prompt: { kind: 'choice', choices: shown } },
    on: {
      'user.choose': choices.map(({ id, label, target, cause, unlessTried }) => ({
        guard: choiceGuard(id, unlessTried),
        target,
        actions: [
          { type: 'echoChoice' as const, params: { label } },
          ...(cause ? [{ type: 'proposeCause' as const, params: { cause } }] : []),
        ],
      })),
    },
  });
}

/** Says something and moves straight on: a hand-over, not a question. */
export function say(text: Markdown, next: string) {
  return flowSetup.createStateConfig({
    entry: { type: 'say', params: { text } },
    always: { target: next },
  });
}

/** Where a diagnosis leads, by cause. */
export type Routes = Partial<Record<CauseId, string>>;

/**
 * Classifies what the payment system said and goes straight to the fix for a confident cause.
 * A cause it only suspects goes to `confirm` (a {@link confirmCause} state) when given, so the
 * user says whether it fits; anything else goes to `otherwise` (usually a symptom question).
 */
export function diagnose(routes: Routes, otherwise: string, confirm?: string) {
  const causes = Object.entries(routes) as [CauseId, string][];
  return flowSetup.createStateConfig({
    entry: 'classifyError',
    always: [
      ...causes.map(([cause, target]) => ({
        guard: { type: 'isDiagnosed' as const, params: { cause } },
        target,
        actions: { type: 'say' as const, params: { text: likelyCause(cause) } },
      })),
      ...(confirm
        ? causes.map(([cause]) => ({
            guard: { type: 'isSuspected' as const, params: { cause } },
            target: confirm,
            actions: { type: 'say' as const, params: { text: suspectedCause(cause) } },
          }))
        : []),
      { target: otherwise },
    ],
  });
}

/**
 * "It sounds like X: is that right?" after {@link diagnose} suspected a cause. Yes goes to that
 * cause's fix and makes it the diagnosis; no goes to `otherwise`.
 */
export function confirmCause(routes: Routes, otherwise: string) {
  const causes = Object.entries(routes) as [CauseId, string][];
  const yes = { type: 'isChoice' as const, params: { choice: 'yes' } };
  const echoYes = { type: 'echoChoice' as const, params: { label: confirmChoices.yes } };
  return flowSetup.createStateConfig({
    meta: {
      prompt: {
        kind: 'choice',
        choices: [
          { id: 'yes', label: confirmChoices.yes },
          { id: 'no', label: confirmChoices.no },
        ],
      },
    },
    on: {
      'user.choose': [
        ...causes.map(([cause, target]) => ({
          guard: and([yes, { type: 'isSuspected' as const, params: { cause } }]),
          target,
          actions: [echoYes, { type: 'proposeCause' as const, params: { cause } }],
        })),
        // Only reachable if the routes changed under a restored snapshot: never leave the user stuck.
        { guard: yes, target: otherwise, actions: echoYes },
        {
          guard: { type: 'isChoice', params: { choice: 'no' } },
          target: otherwise,
          actions: { type: 'echoChoice', params: { label: confirmChoices.no } },
        },
      ],
    },
  });
}

const closestSymptom = t('哪种情况最接近您遇到的？', 'Which of these is closest to what happened?', '哪種情況最接近您遇到的？');
const anotherCause = t(
  '我们再看看其他可能的原因。哪种情况比较像？',
  "Let's look at other possible causes. Does one of these fit?",
  '我們再看看其他可能的原因。哪種情況比較像？',
);

/**
 * The diagnosis every flow shares, as four states: `diagnosing` (from the error), `confirmingCause`
 * (when unsure), `askingSymptom` (when there was no usable error) and `askingOtherCause` (after a
 * fix that did not help; tried fixes are left out). Spread into a flow's states.
 */
export function diagnosis(routes: Routes, causes: Choice[]) {
  return {
    diagnosing: diagnose(routes, 'askingSymptom', 'confirmingCause'),
    confirmingCause: confirmCause(routes, 'askingSymptom'),
    askingSymptom: choose(closestSymptom, causes),
    askingOtherCause: choose(anotherCause, causes),
  };
}

interface FixOptions {
  /** Short past-tense title for the ticket's "steps tried". */
  title: Text;
  /** The fix, as markdown (`md()`): concrete steps, cheapest check first. */
  text: Markdown;
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

export const taskChoices = {
  done: t('已完成', 'Done', '已完成'),
  help: t('我需要帮助', 'I need help with this', '我需要協助'),
} as const satisfies Record<string, Text>;

/**
 * Something the user must do before anything else (secure the account), rather than a fix that
 * might solve the problem: "Done" records it as a step tried, "I need help" moves on without.
 */
export function task(id: string, options: FixOptions) {
  return flowSetup.createStateConfig({
    entry: { type: 'say', params: { text: options.text } },
    meta: {
      prompt: {
        kind: 'choice',
        choices: [
          { id: 'done', label: taskChoices.done },
          { id: 'help', label: taskChoices.help },
        ],
      },
    },
    on: {
      'user.choose': [
        {
          guard: { type: 'isChoice', params: { choice: 'done' } },
          target: options.next,
          actions: [
            { type: 'echoChoice', params: { label: taskChoices.done } },
            { type: 'recordFixTried', params: { fix: id, title: options.title } },
          ],
        },
        {
          guard: { type: 'isChoice', params: { choice: 'help' } },
          target: options.next,
          actions: { type: 'echoChoice', params: { label: taskChoices.help } },
        },
      ],
    },
  });
}

const ticketIntro = t(
  '我已经把您提供的信息整理成了一张工单，请检查并补充后提交，客服会尽快联系您。',
  'I have put what you told me into a support ticket. Please check it, add anything missing and submit it; an agent will get back to you.',
  '我已經把您提供的資訊整理成一張客服單，請檢查並補充後送出，客服會盡快與您聯絡。',
);

/** The ticket review: the view shows the prefilled form and sends `user.submit`. */
export function ticket() {
  return flowSetup.createStateConfig({
    entry: { type: 'say', params: { text: ticketIntro } },
    meta: { prompt: { kind: 'ticket' } },
    on: { 'user.submit': { target: TICKET_FILED, actions: 'applyTicketEdits' } },
  });
}

const gladText = t(
  '太好了，问题已解决！如果还有其他问题，随时再来找我。',
  'Great, glad that fixed it! Come back any time.',
  '太好了，問題已解決！如果還有其他問題，隨時再來找我。',
);
// Delivery may still be under way or queued offline: the status line below says where it stands.
const filedText = t(
  '谢谢，您的工单已提交，发送状态显示在下方。',
  'Thank you, your ticket is filed. Its delivery status is shown below.',
  '謝謝，您的客服單已提交，傳送狀態顯示在下方。',
);

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

/** The three endings every flow has: the ticket review, resolved, and the filed ticket. */
export function endings() {
  return { [TICKET]: ticket(), [RESOLVED]: resolved(), [TICKET_FILED]: ticketFiled() };
}

/** The quick reply every "what did the error say?" question offers: there was no message. */
export const noMessageShown = {
  id: 'no-message',
  label: t('没有提示', 'No message was shown', '沒有訊息'),
  target: 'askingSymptom',
};
