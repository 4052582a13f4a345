/**
 * Step helpers that keep a flow file reading like the conversation it holds. Each returns a state
 * config (or a few states) for the shared setup (engine/flow-setup.ts); a flow file composes them
 * and adds no code. None of them uses `invoke` or `after`: xstate/graph's createTestModel walks
 * every flow, and it refuses both.
 *
 * The shape every flow shares (docs/architecture.md "Flows"): the error first, then straight to
 * the fix for its cause; a fact the advice needs (the amount for a limit, the date for money that
 * should come back) is asked right before that fix; facts that change no advice are asked on the
 * way to the ticket. Every list offers the ticket, and nobody is ever asked the same thing twice.
 *
 * Each state also says what it does, in plain English, as its XState `description`, made here from
 * the builder's arguments: the lab shows it, and test/flows/descriptions.test.ts holds every state to it.
 * Only in development (the lab, the tests: `import.meta.env.DEV`, which Vite sets and the browser
 * tests' esbuild defines): the build a page downloads leaves them out, as no person reads them there
 * and the conversation budget has no room for them (0.7 KB gzip; docs/decisions/0020).
 */
import { and, not } from 'xstate';
import type { CauseId } from '../diagnose/types.js';
import type { MoneyBackCase } from './advice/money-back.js';
import type { AnswerKind, ChoiceMeta, FactName, PaymentMethod } from './context.js';
import { paymentMethods } from './context.js';
import { flowSetup, type Advice } from './flow-setup.js';
import { dontRememberLabel } from './not-remembered.js';
import { askIfSolved, confirmChoices, outcomeChoices, suspectedCause } from './outcomes.js';
import { t, type Markdown, type Text } from './text.js';

/** Names of the states every flow ends in. */
export const RESOLVED = 'resolved';
/** The ticket review form. */
export const TICKET = 'reviewingTicket';
export const TICKET_FILED = 'ticketFiled';
/** Where a flow hands over to support: it asks what the ticket still needs, then shows the review. */
export const TO_TICKET = 'preparingTicket';

/** Every cause the classifier names, but "unknown": each flow routes all of them (docs/flow-causes.md). */
export type RoutedCause = Exclude<CauseId, 'unknown'>;

/** The label of the way to support that every list offers. */
export const contactSupport = t('联系客服', 'Contact support', '聯絡客服');

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

function quickAnswers(options: AskOptions): Text[] {
  const given = options.suggestions ?? (options.answer === 'time' ? timeSuggestions : []);
  // Nobody is stuck on a time or an amount they do not know: the flow goes on without it.
  return options.answer === 'text' ? given : [...given, dontRememberLabel];
}

const answerKinds: Record<AnswerKind, string> = { amount: 'an amount', time: 'a time', text: 'a few words' };

function describeAsk(fact: FactName, answer: AnswerKind, next: string): string {
  return `Asks for ${fact} as ${answerKinds[answer]}, unless already known; then ${next}`;
}

/** Asks for a fact in the user's own words, unless it is already known (or not remembered). */
export function ask(fact: FactName, options: AskOptions) {
  const shortcuts = options.shortcuts ?? [];
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV ? describeAsk(fact, options.answer, options.next) : undefined,
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
        suggestions: quickAnswers(options),
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

const methodLabels: Record<PaymentMethod, Text> = {
  balance: t('钱包余额（零钱）', 'Wallet balance', '錢包餘額'),
  'debit-card': t('储蓄卡', 'Debit card', '金融卡'),
  'credit-card': t('信用卡', 'Credit card', '信用卡'),
  'e-cny': t('数字人民币钱包', 'e-CNY wallet', '數位人民幣錢包'),
};

/**
 * How the person paid, from a few buttons, unless the host said (`payment-method`) or it was asked
 * already. `methods`: the ones that can apply here (a card top-up is paid by card).
 */
export function askPaymentMethod(question: Markdown, next: string, methods: readonly PaymentMethod[] = paymentMethods) {
  const choices: ChoiceMeta[] = [
    ...methods.map((method) => ({ id: method, label: methodLabels[method] })),
    { id: 'not-remembered', label: dontRememberLabel },
  ];
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Asks how the person paid (${methods.join(', ')}), unless the host or an earlier answer said; then ${next}`
      : undefined,
    entry: { type: 'askQuestion', params: { fact: 'paymentMethod', text: question } },
    always: { guard: { type: 'isKnown', params: { fact: 'paymentMethod' } }, target: next },
    meta: { prompt: { kind: 'choice', fact: 'paymentMethod', choices } },
    on: {
      'user.choose': choices.map(({ id, label }) => ({
        guard: { type: 'isChoice' as const, params: { choice: id } },
        target: next,
        actions: [
          { type: 'echoChoice' as const, params: { label } },
          { type: 'recordPaymentMethod' as const, params: { method: id as PaymentMethod | 'not-remembered' } },
        ],
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

const ticketChoice: Choice = { id: 'ticket', label: contactSupport, target: TO_TICKET };
const leadsToTicket = (choice: Choice) => choice.target === TO_TICKET || choice.target === TICKET;

/**
 * Asks the user to pick one of a few buttons. Every list offers the ticket: a list without a way
 * to support gets "Contact support" last (or first, with `ticketFirst`).
 */
export function choose(question: Markdown, choices: Choice[], options: { ticketFirst?: boolean } = {}) {
  const offered = choices.some(leadsToTicket)
    ? choices
    : options.ticketFirst
      ? [ticketChoice, ...choices]
      : [...choices, ticketChoice];
  const shown: ChoiceMeta[] = offered.map(({ id, label, unlessTried }) => ({ id, label, unlessTried }));
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Offers ${offered.length} choices: ${offered.map(({ id, target }) => `${id} → ${target}`).join(', ')}`
      : undefined,
    entry: { type: 'say', params: { text: question } },
    meta: { prompt: { kind: 'choice', choices: shown } },
    on: {
      'user.choose': offered.map(({ id, label, target, cause, unlessTried }) => ({
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

/** Says something and moves straight on: a hand-over, not a question. `advice` follows the text. */
export function say(text: Markdown, next: string, options: { advice?: Advice } = {}) {
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Says its text${options.advice ? ` and ${options.advice.kind} advice` : ''}, then moves straight on to ${next}`
      : undefined,
    entry: [
      { type: 'say', params: { text } },
      ...(options.advice ? [{ type: 'advise' as const, params: { advice: options.advice } }] : []),
    ],
    always: { target: next },
  });
}

/**
 * Where a diagnosis leads, for every cause the classifier can name: a fix written for that cause
 * in this flow, a question the fix needs first, or an {@link explain} state. A full Record, so a
 * flow cannot leave a recognised cause without a place to go.
 */
export type Routes = Record<RoutedCause, string>;

function routed(routes: Routes): [RoutedCause, string][] {
  return Object.entries(routes) as [RoutedCause, string][];
}

/**
 * Classifies what the payment system said and goes straight to the route for a confident cause.
 * A cause it only suspects goes to `confirm` (a {@link confirmCause} state), so the user says
 * whether it fits; anything else goes to `otherwise` (the symptom list).
 */
export function diagnose(routes: Routes, otherwise: string, confirm: string) {
  const causes = routed(routes);
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Classifies the error message: a confident cause goes to its route (${causes.length} causes), a suspected one to ${confirm}, anything else to ${otherwise}`
      : undefined,
    entry: 'classifyError',
    always: [
      ...causes.map(([cause, target]) => ({
        guard: { type: 'isDiagnosed' as const, params: { cause } },
        target,
        // An explanation names the message itself ("That message says …"): said once, by it.
        actions: isExplanation(target) ? [] : { type: 'sayLikelyCause' as const, params: { cause } },
      })),
      ...causes.map(([cause]) => ({
        guard: { type: 'isSuspected' as const, params: { cause } },
        target: confirm,
        actions: { type: 'say' as const, params: { text: suspectedCause(cause) } },
      })),
      { target: otherwise },
    ],
  });
}

/**
 * "It looks like X. Is that it?" after {@link diagnose} suspected a cause. Yes goes to that
 * cause's route and makes it the diagnosis; no goes to `otherwise`; support is offered too.
 */
export function confirmCause(routes: Routes, otherwise: string) {
  const causes = routed(routes);
  const yes = { type: 'isChoice' as const, params: { choice: 'yes' } };
  const echoYes = { type: 'echoChoice' as const, params: { label: confirmChoices.yes } };
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Asks whether the suspected cause fits: yes goes to that cause's route, no to ${otherwise}, or the ticket`
      : undefined,
    meta: {
      prompt: {
        kind: 'choice',
        choices: [
          { id: 'yes', label: confirmChoices.yes },
          { id: 'no', label: confirmChoices.no },
          { id: ticketChoice.id, label: ticketChoice.label },
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
        {
          guard: { type: 'isChoice', params: { choice: ticketChoice.id } },
          target: TO_TICKET,
          actions: { type: 'echoChoice', params: { label: ticketChoice.label } },
        },
      ],
    },
  });
}

const closestSymptom = t(
  '哪种情况最接近您遇到的？',
  'Which of these is closest to what happened?',
  '哪種情況最接近您遇到的？',
);
const anotherCause = t(
  '我们再看看其他可能的原因。哪种情况比较像？',
  "Let's look at other possible causes. Does one of these fit?",
  '我們再看看其他可能的原因。哪種情況比較像？',
);
const ticketAfterTwoFixes = t(
  '已经试了两种办法都没解决，最快的是交给客服：我会把您说的情况整理成工单。也可以再看看其他可能的原因。',
  'Two things have not fixed it, so the quickest way on is our support team: I will put what you told me into a ticket. You can also look at other possible causes.',
  '已經試了兩種方法都沒解決，最快的是交給客服：我會把您說的情況整理成客服單。也可以再看看其他可能的原因。',
);

/** After this many fixes that did not help, the ticket leads the next list. */
export const FIXES_BEFORE_TICKET_LEADS = 2;

/**
 * The diagnosis every flow shares: `diagnosing` (from the error), `confirmingCause` (when
 * unsure), `askingSymptom` (when there was no usable error), and `askingOtherCause` after a fix
 * that did not help (tried fixes left out), which after two such fixes leads with the ticket.
 * Spread into a flow's states.
 */
export function diagnosis(routes: Routes, causes: Choice[]) {
  const otherCauses = causes.filter((choice) => !leadsToTicket(choice));
  return {
    diagnosing: diagnose(routes, 'askingSymptom', 'confirmingCause'),
    confirmingCause: confirmCause(routes, 'askingSymptom'),
    askingSymptom: choose(closestSymptom, causes),
    askingOtherCause: flowSetup.createStateConfig({
      description: import.meta.env.DEV
        ? `After a fix that did not help: with ${FIXES_BEFORE_TICKET_LEADS} or more tried, to offeringTicket; otherwise to choosingOtherCause`
        : undefined,
      always: [
        { guard: { type: 'hasTriedAtLeast', params: { count: FIXES_BEFORE_TICKET_LEADS } }, target: 'offeringTicket' },
        { target: 'choosingOtherCause' },
      ],
    }),
    choosingOtherCause: choose(anotherCause, causes),
    offeringTicket: choose(ticketAfterTwoFixes, otherCauses, { ticketFirst: true }),
  };
}

const explainChoices = {
  ticket: t('提交工单给客服', 'Send a ticket to support', '提交客服單給客服'),
  other: t('看看其他可能的原因', 'Look at other possible causes', '看看其他可能的原因'),
} as const satisfies Record<string, Text>;

/** Explanation states are named `explaining…` (the flow × cause test holds every flow to it). */
export function isExplanation(state: string): boolean {
  return state.startsWith('explaining');
}

/**
 * An honest explanation for a cause this flow cannot fix (a message about registering, shown
 * during a payment): what it means here, then the ticket, or the list of other causes.
 */
export function explain(text: Markdown, otherwise = 'askingSymptom') {
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Explains a cause this flow cannot fix, then offers the ticket (${TO_TICKET}) or other causes (${otherwise})`
      : undefined,
    entry: { type: 'say', params: { text } },
    meta: {
      explains: true,
      prompt: {
        kind: 'choice',
        choices: [
          { id: 'ticket', label: explainChoices.ticket },
          { id: 'other', label: explainChoices.other },
        ],
      },
    },
    on: {
      'user.choose': [
        {
          guard: { type: 'isChoice', params: { choice: 'ticket' } },
          target: TO_TICKET,
          actions: { type: 'echoChoice', params: { label: explainChoices.ticket } },
        },
        {
          guard: { type: 'isChoice', params: { choice: 'other' } },
          target: otherwise,
          actions: { type: 'echoChoice', params: { label: explainChoices.other } },
        },
      ],
    },
  });
}

interface FixOptions {
  /** Short past-tense title for the ticket's "steps tried". */
  title: Text;
  /** The fix, as markdown (`md()`): concrete steps, cheapest check first. */
  text: Markdown;
  /** Where to go when it did not help: the next likely cause, or the ticket. */
  next: string;
  /** Advice from the person's own facts, said after the fix's text (their date, their amount). */
  advice?: Advice;
}

/** Shows a fix and asks whether it solved the problem. */
export function fix(id: string, options: FixOptions) {
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Fix ${id}: walks through it${options.advice ? ` with ${options.advice.kind} advice` : ''}, then asks whether it helped (yes: ${RESOLVED}, no: ${options.next})`
      : undefined,
    entry: [
      { type: 'say', params: { text: options.text } },
      ...(options.advice ? [{ type: 'advise' as const, params: { advice: options.advice } }] : []),
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
export function task(id: string, options: Omit<FixOptions, 'advice'>) {
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `Task ${id}: something to do before anything else; "Done" records it as tried, either way on to ${options.next}`
      : undefined,
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

const moneyBackQuestions: Record<MoneyBackCase, Text> = {
  'failed-payment': t('钱大约是什么时候被扣的？', 'Roughly when was the money taken?', '錢大約是什麼時候被扣的？'),
  refund: t(
    '商家大约是什么时候退款的？',
    'Roughly when did the merchant make the refund?',
    '商家大約是什麼時候退款的？',
  ),
};
const howPaid = t('当时是用什么付的款？', 'What did you pay with?', '當時是用什麼付款的？');
const howPaidForRefund = t(
  '当时是用什么付的款？退款会退回到那里。',
  'What did you pay with? The refund goes back there.',
  '當時是用什麼付款的？退款會退回到那裡。',
);

/**
 * Before advice about money coming back: when it was taken (or refunded) and how it was paid,
 * the two facts the date depends on. When that date has already passed, straight to the ticket;
 * otherwise on to `then`, a fix with `advice: { kind: 'money-back' }`. Spread into a flow's
 * states; route to `name`. `methods`: the ways of paying that apply (all by default).
 */
export function checkMoneyBack(
  name: string,
  moneyBack: MoneyBackCase,
  then: string,
  methods?: readonly PaymentMethod[],
) {
  const method = `${name}PaymentMethod`;
  const deadline = `${name}Deadline`;
  return {
    [name]: ask('occurredAt', {
      answer: 'time',
      question: moneyBackQuestions[moneyBack],
      placeholder: t('例如：昨天下午3点', 'e.g. yesterday at 3pm', '例如：昨天下午3點'),
      next: method,
    }),
    [method]: askPaymentMethod(moneyBack === 'refund' ? howPaidForRefund : howPaid, deadline, methods),
    [deadline]: flowSetup.createStateConfig({
      description: import.meta.env.DEV
        ? `Checks whether the money should be back already (${moneyBack}): if so straight to ${TO_TICKET}, else to ${then}`
        : undefined,
      always: [
        {
          guard: { type: 'isMoneyBackOverdue', params: { case: moneyBack } },
          target: TO_TICKET,
          actions: { type: 'sayMoneyBackOverdue', params: { case: moneyBack } },
        },
        { target: then },
      ],
    }),
  };
}

/**
 * Before a fix whose advice compares the amount with the caps: the amount, unless known. Spread
 * into a flow's states; route to `name`.
 */
export function askAmountFor(name: string, then: string) {
  return {
    [name]: ask('amount', {
      answer: 'amount',
      question: t(
        '请问这笔付款的金额是多少？我来对照一下限额。',
        'How much was the payment? I will check it against the limits.',
        '請問這筆付款的金額是多少？我來對照一下限額。',
      ),
      placeholder: t('例如：¥2,500', 'e.g. ¥2,500', '例如：¥2,500'),
      next: then,
    }),
  };
}

const ticketIntro = t(
  '我已经把您提供的信息整理成了一张工单，请检查并补充后提交，客服会尽快联系您。',
  'I have put what you told me into a support ticket. Please check it, add anything missing and submit it; an agent will get back to you.',
  '我已經把您提供的資訊整理成一張客服單，請檢查並補充後送出，客服會盡快與您聯絡。',
);
const beforeTicket = t(
  '我来为您准备工单，还需要确认一两个信息。',
  'Let me prepare a ticket for our support team. A couple of quick questions first.',
  '我來為您準備客服單，還需要確認一兩項資訊。',
);
const ticketQuestions = {
  occurredAt: t('这件事大约是什么时候发生的？', 'Roughly when did it happen?', '這件事大約是什麼時候發生的？'),
  amount: t('请问涉及的金额是多少？', 'What was the amount?', '請問涉及的金額是多少？'),
  paymentMethod: howPaid,
} as const satisfies Record<string, Text>;

/**
 * The ticket review: the view shows the prefilled form and sends `user.submit`. `payment`: the
 * problem is about a payment, so the form has its amount, time, merchant and order.
 */
export function ticket(payment: boolean) {
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `The ticket review: shows the prefilled form${payment ? ' with the payment details' : ''} and waits for it to be submitted`
      : undefined,
    entry: { type: 'say', params: { text: ticketIntro } },
    meta: { prompt: { kind: 'ticket', payment } },
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
    description: import.meta.env.DEV ? 'The end: a fix solved the problem' : undefined,
    type: 'final',
    entry: { type: 'say', params: { text: gladText } },
    meta: { prompt: { kind: 'done', outcome: 'resolved' } },
  });
}

/** The end after a ticket; `note` is the flow's last word (where else to turn, for missing money). */
export function ticketFiled(note?: Markdown) {
  return flowSetup.createStateConfig({
    description: import.meta.env.DEV
      ? `The end: the ticket is filed${note ? ', with a last word on where else to turn' : ''}`
      : undefined,
    type: 'final',
    entry: [
      { type: 'say', params: { text: filedText } },
      ...(note ? [{ type: 'say' as const, params: { text: note } }] : []),
    ],
    meta: { prompt: { kind: 'done', outcome: 'ticket' } },
  });
}

/** Facts a ticket can ask for on the way to the review, in the order they are asked. */
export type TicketFact = 'occurredAt' | 'amount' | 'paymentMethod';

const ticketFactStates: Record<TicketFact, string> = {
  occurredAt: 'askingTicketTime',
  amount: 'askingTicketAmount',
  paymentMethod: 'askingTicketPaymentMethod',
};

/**
 * The endings every flow has: the way to the ticket (asking, in order, the facts in `collect` that
 * are still unknown: the ones a support agent needs for this problem), the ticket review,
 * resolved (unless the flow has no fixes), and the filed ticket.
 */
export function endings(options: { collect: TicketFact[]; afterFiling?: Markdown; hasFixes?: boolean }) {
  const { collect } = options;
  const stateOf = (index: number) => (index < collect.length ? ticketFactStates[collect[index]!] : TICKET);
  const asking: Record<string, ReturnType<typeof ask> | ReturnType<typeof askPaymentMethod>> = {};
  collect.forEach((fact, index) => {
    const next = stateOf(index + 1);
    asking[ticketFactStates[fact]] =
      fact === 'paymentMethod'
        ? askPaymentMethod(ticketQuestions.paymentMethod, next)
        : ask(fact, {
            answer: fact === 'occurredAt' ? 'time' : 'amount',
            question: ticketQuestions[fact],
            placeholder:
              fact === 'occurredAt'
                ? t('例如：昨天下午3点', 'e.g. yesterday at 3pm', '例如：昨天下午3點')
                : t('例如：¥199', 'e.g. ¥199', '例如：¥199'),
            next,
          });
  });
  return {
    [TO_TICKET]: flowSetup.createStateConfig({
      description: import.meta.env.DEV
        ? `Hands over to support: asks what the ticket still needs (${collect.join(', ') || 'nothing'}), then ${TICKET}`
        : undefined,
      entry: { type: 'sayIfAnyUnknown', params: { facts: collect as FactName[], text: beforeTicket } },
      always: { target: stateOf(0) },
    }),
    ...asking,
    // A flow that asks no amount or time on the way (binding a card, opening a wallet) is not about a payment.
    [TICKET]: ticket(collect.length > 0),
    // A flow that only collects for a ticket (`other`) has nothing that could resolve it here.
    ...(options.hasFixes === false ? {} : { [RESOLVED]: resolved() }),
    [TICKET_FILED]: ticketFiled(options.afterFiling),
  };
}

/** The quick reply every "what did the error say?" question offers: there was no message. */
export const noMessageShown = {
  id: 'no-message',
  label: t('没有提示', 'No message was shown', '沒有訊息'),
  target: 'askingSymptom',
};
