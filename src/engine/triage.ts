/**
 * The first question when the host did not say what went wrong: one button per problem type, or
 * the user's own words ("绑卡一直失败", "my top up didn't go through"), routed by keywords. Its
 * final output is the chosen problem and the conversation so far; the session then starts that
 * flow.
 */
import { assign, setup } from 'xstate';
import type { Locale } from '../diagnose/types.js';
import type { FlowEvent, Message, StateMeta } from './context.js';
import { answerLines, message } from './messages.js';
import type { ProblemId } from './problems.js';
import { localize, t, type Text } from './text.js';

export const problemLabels: Record<ProblemId, Text> = {
  'payment-failed': t('付款失败', 'A payment failed', '付款失敗'),
  'card-binding-failed': t('绑卡失败', 'Could not link a card', '綁卡失敗'),
  'activation-failed': t('钱包开通失败', 'Could not activate the wallet', '錢包開通失敗'),
  'top-up-failed': t('充值失败', 'A top-up failed', '儲值失敗'),
  'bank-wallet-payment-failed': t('数字人民币钱包付款失败', 'An e-CNY bank wallet payment failed', '數位人民幣錢包付款失敗'),
  'funds-missing': t('钱不见了或被重复扣款', 'Money is missing or was taken twice', '錢不見了或被重複扣款'),
  other: t('其他问题，联系客服', 'Something else: contact support', '其他問題，聯絡客服'),
};

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
} as const satisfies Record<string, Text>;

/** What the bot says after understanding a typed description, before the flow's first question. */
export function understoodAs(problem: ProblemId): Text {
  const label = problemLabels[problem];
  return t(`明白了：${label['zh-CN']}。`, `Got it: ${label.en.toLowerCase()}.`, `了解：${label['zh-TW']}。`);
}

/**
 * Keywords per problem, most specific first: "扣了两次" is about missing money even though it
 * mentions a payment, and "数字人民币付不了款" is about the e-CNY wallet, not any payment.
 * Matched on lower-cased NFKC text, so full-width letters and capitals match too.
 */
const problemKeywords: [ProblemId, RegExp][] = [
  [
    'funds-missing',
    /扣了?两次|扣了?兩次|重复扣|重複扣|多扣|扣了?两笔|扣了?兩筆|钱不见|錢不見|钱没了|錢沒了|钱少了|錢少了|余额少了|餘額少了|不是我(付|买|買|消费|消費)|盗刷|盜刷|被盗|被盜|退款.{0,4}(没|沒|未)|(没|沒|未)收到退款|charged twice|double[- ]?charged?|taken twice|paid twice|money (is )?(missing|gone)|missing money|did ?n[o'’]t make|unauthori[sz]ed|refund/u,
  ],
  [
    'card-binding-failed',
    /绑卡|綁卡|绑定.{0,6}卡|綁定.{0,6}卡|加卡|添加.{0,4}卡|新增.{0,4}卡|(link|add|bind|connect)(ing)? (a |my |the )?(bank )?card|card (won['’]?t|will not|does ?n[o'’]t|did ?n[o'’]t|can['’]?t|cannot) (be )?(link|bind|add)/u,
  ],
  [
    'activation-failed',
    /开通|開通|激活|啟用|注册|註冊|实名|實名|activat|sign(ing)? ?up|regist|open(ing)? (a |my |the )?wallet|set(ting)? up (a |my |the )?wallet/u,
  ],
  ['bank-wallet-payment-failed', /数字人民币|數位人民幣|數字人民幣|数币|數幣|子钱包|子錢包|e-?cny|digital (yuan|rmb|renminbi)/u],
  ['top-up-failed', /充值|充不进|充不進|儲值|储值|加值|top[- ]?up|topup|recharge|add(ing)? (money|funds)|load(ing)? (money|funds)/u],
  ['payment-failed', /付款|支付|付不了|付钱|付錢|买单|買單|结账|結帳|扫码|掃碼|pay|checkout|check out|purchase|declined/u],
];

/** The problem a typed description is about, if its words say so. */
export function problemFromDescription(text: string, problems: readonly ProblemId[]): ProblemId | undefined {
  const folded = text.normalize('NFKC').toLowerCase();
  return problemKeywords.find(([id, pattern]) => problems.includes(id) && pattern.test(folded))?.[0];
}

interface TriageContext {
  locale: Locale;
  transcript: Message[];
  fixesTried: string[];
  problem?: ProblemId;
  /** What the user typed to describe the problem (masked): it opens the ticket's description. */
  description?: string;
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
        return { problem, transcript: [...context.transcript, echo] };
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
        return {
          transcript: [
            ...context.transcript,
            ...answerLines(context.locale, event.text, event.masked),
            message('bot', localize(triageTexts.notUnderstood, context.locale)),
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
          'user.answer': [{ guard: 'isDescribed', target: 'chosen', actions: 'routeDescription' }, { actions: 'askToPick' }],
        },
      },
      chosen: { type: 'final' },
    },
    output: ({ context }) => ({ problem: context.problem!, transcript: context.transcript, description: context.description }),
  });
}
