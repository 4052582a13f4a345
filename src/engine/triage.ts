/**
 * The first question when the host did not say what went wrong: one button per problem type that
 * has a flow. Its final output is the chosen problem; the session then starts that flow.
 */
import { assign, setup } from 'xstate';
import type { Locale } from '../diagnose/types.js';
import type { Message, StateMeta } from './context.js';
import type { ProblemId } from './problems.js';
import { localize, t, type Text } from './text.js';

export const problemLabels: Record<ProblemId, Text> = {
  'payment-failed': t('付款失败', 'A payment failed'),
  'card-binding-failed': t('绑卡失败', 'Could not link a card'),
  'activation-failed': t('钱包开通失败', 'Could not activate the wallet'),
  'top-up-failed': t('充值失败', 'A top-up failed'),
  'bank-wallet-payment-failed': t('数字人民币钱包付款失败', 'An e-CNY bank wallet payment failed'),
  'funds-missing': t('钱不见了或被重复扣款', 'Money is missing or was taken twice'),
};

const greeting = t('您好！我是支付助手。遇到了什么问题？', 'Hi! I can help with wallet problems. What went wrong?');

interface TriageContext {
  locale: Locale;
  transcript: Message[];
  fixesTried: string[];
  problem?: ProblemId;
}

export function createTriage(problems: readonly ProblemId[]) {
  return setup({
    types: {
      context: {} as TriageContext,
      events: {} as { type: 'user.choose'; choice: string },
      input: {} as { locale: Locale; transcript?: Message[] },
      meta: {} as StateMeta,
      output: {} as { problem: ProblemId; transcript: Message[] },
    },
    actions: {
      choose: assign(({ context, event }) => {
        const problem = problems.find((id) => id === event.choice);
        if (!problem) return {};
        const at = new Date().toISOString();
        const echo: Message = { from: 'user', text: localize(problemLabels[problem], context.locale), at };
        return { problem, transcript: [...context.transcript, echo] };
      }),
    },
    guards: {
      isProblem: ({ event }) => problems.some((id) => id === event.choice),
    },
  }).createMachine({
    id: 'triage',
    context: ({ input }) => ({
      locale: input.locale,
      fixesTried: [],
      transcript: [
        ...(input.transcript ?? []),
        { from: 'bot', text: localize(greeting, input.locale), at: new Date().toISOString() },
      ],
    }),
    initial: 'askingProblem',
    states: {
      askingProblem: {
        meta: { prompt: { kind: 'choice', choices: problems.map((id) => ({ id, label: problemLabels[id] })) } },
        on: { 'user.choose': { guard: 'isProblem', target: 'chosen', actions: 'choose' } },
      },
      chosen: { type: 'final' },
    },
    output: ({ context }) => ({ problem: context.problem!, transcript: context.transcript }),
  });
}
