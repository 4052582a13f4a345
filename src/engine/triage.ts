/**
 * The first question when the host did not say what went wrong: one button per problem type, or
 * the user's own words ("绑卡一直失败", "my top up didn't go through"), routed by keywords
 * (triage-keywords.ts). Its final output is the chosen problem and the conversation so far; the
 * session then starts that flow.
 */
import { assign, setup } from 'xstate';
import type { Locale } from '../diagnose/types.js';
import type { FlowEvent, Message, StateMeta } from './context.js';
import { answerLines, message } from './messages.js';
import type { ProblemId } from '../shared/problems.js';
import { problemLabels } from './problem-labels.js';
import { localize, t, type Text } from './text.js';
import { problemFromDescription } from './triage-keywords.js';

export { problemFromDescription, problemLabels };

export const triageTexts = {
  greeting: t(
    '您好！我是支付助手。遇到了什么问题？选一个，或者用自己的话说说。',
    'Hi! I can help with wallet problems. What went wrong? Pick one, or tell me in your own words.',
    '您好！我是支付小幫手。遇到了什麼問題？選一個，或用自己的話說說。',
  ),
  label: t('描述遇到的问题', 'Describe what went wrong', '描述遇到的問題'),
  placeholder: t('例如：绑卡一直失败', "e.g. my top-up didn't go through", '例如：綁卡一直失敗'),
  notUnderstood: t(
    '抱歉，我没听明白是哪种问题。请从下面选一个最接近的。',
    'Sorry, I could not tell which problem that is. Please pick the closest one below.',
    '抱歉，我沒聽懂是哪一種問題。請從下面選一個最接近的。',
  ),
  // After a second answer it cannot place: no third "sorry", but a way forward either way.
  pickOrContact: t(
    `我们换个方式：请从下面选一个最接近的问题，或者选“${problemLabels.other['zh-CN']}”，我会把您说的话转给客服。`,
    `Let's do it this way: pick the closest problem below, or choose "${problemLabels.other.en}" and I will pass your words on to our support team.`,
    `我們換個方式：請從下面選一個最接近的問題，或選「${problemLabels.other['zh-TW']}」，我會把您說的話轉給客服。`,
  ),
  // The same, where the host left 'other' out of the problems offered.
  pickClosest: t(
    '我们换个方式：请从下面选一个最接近的问题。',
    "Let's do it this way: please pick the closest problem below.",
    '我們換個方式：請從下面選一個最接近的問題。',
  ),
} as const satisfies Record<string, Text>;

/** What the bot says after understanding a typed description, before the flow's first question. */
export function understoodAs(problem: ProblemId): Text {
  const label = problemLabels[problem];
  return t(`明白了：${label['zh-CN']}。`, `Got it: ${label.en.toLowerCase()}.`, `了解：${label['zh-TW']}。`);
}

interface TriageContext {
  locale: Locale;
  transcript: Message[];
  fixesTried: string[];
  problem?: ProblemId;
  /** What the user typed to describe the problem (masked): it opens the ticket's description. */
  description?: string;
  /** Typed answers (masked) no keyword placed: handed on if the person then picks 'other'. */
  unplaced: string[];
}

export interface TriageOutput {
  problem: ProblemId;
  transcript: Message[];
  description?: string;
}

type TriageEvent = Extract<FlowEvent, { type: 'user.choose' } | { type: 'user.answer' }>;

export function createTriage(problems: readonly ProblemId[]) {
  const described = (event: TriageEvent) =>
    event.type === 'user.answer' ? problemFromDescription(event.text, problems) : undefined;
  return setup({
    types: {
      context: {} as TriageContext,
      events: {} as TriageEvent,
      input: {} as { locale: Locale; transcript?: Message[] },
      meta: {} as StateMeta,
      output: {} as TriageOutput,
    },
    actions: {
      choose: assign(({ context, event }) => {
        if (event.type !== 'user.choose') return {};
        const problem = problems.find((id) => id === event.choice);
        if (!problem) return {};
        const echo = message('user', localize(problemLabels[problem], context.locale));
        // "Something else" after words triage could not place: those words are the description.
        const handedOn =
          problem === 'other' && context.unplaced.length > 0 ? { description: context.unplaced.join('\n') } : {};
        return { problem, transcript: [...context.transcript, echo], ...handedOn };
      }),
      routeDescription: assign(({ context, event }) => {
        const problem = described(event);
        if (event.type !== 'user.answer' || !problem) return {};
        return {
          problem,
          description: event.text,
          transcript: [
            ...context.transcript,
            ...answerLines(context.locale, event.text, event.masked),
            message('bot', localize(understoodAs(problem), context.locale)),
          ],
        };
      }),
      askToPick: assign(({ context, event }) => {
        if (event.type !== 'user.answer') return {};
        const unplaced = [...context.unplaced, event.text];
        const reply =
          unplaced.length < 2
            ? triageTexts.notUnderstood
            : problems.includes('other')
              ? triageTexts.pickOrContact
              : triageTexts.pickClosest;
        return {
          unplaced,
          transcript: [
            ...context.transcript,
            ...answerLines(context.locale, event.text, event.masked),
            message('bot', localize(reply, context.locale)),
          ],
        };
      }),
    },
    guards: {
      isProblem: ({ event }) => event.type === 'user.choose' && problems.some((id) => id === event.choice),
      isDescribed: ({ event }) => described(event) !== undefined,
    },
  }).createMachine({
    id: 'triage',
    context: ({ input }) => ({
      locale: input.locale,
      fixesTried: [],
      unplaced: [],
      transcript: [...(input.transcript ?? []), message('bot', localize(triageTexts.greeting, input.locale))],
    }),
    initial: 'askingProblem',
    states: {
      askingProblem: {
        meta: {
          prompt: {
            kind: 'answer',
            answer: 'text',
            fact: 'description',
            label: triageTexts.label,
            placeholder: triageTexts.placeholder,
            choices: problems.map((id) => ({ id, label: problemLabels[id] })),
          },
        },
        on: {
          'user.choose': { guard: 'isProblem', target: 'chosen', actions: 'choose' },
          'user.answer': [
            { guard: 'isDescribed', target: 'chosen', actions: 'routeDescription' },
            { actions: 'askToPick' },
          ],
        },
      },
      chosen: { type: 'final' },
    },
    output: ({ context }) => ({
      problem: context.problem!,
      transcript: context.transcript,
      description: context.description,
    }),
  });
}
