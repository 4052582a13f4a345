/**
 * Something none of the other flows covers: the person says what happened in their own words,
 * and it goes to a support ticket with what a support agent needs.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import { ask, endings, TO_TICKET } from '../src/engine/steps.js';
import { t } from '../src/engine/text.js';

export const other = flowSetup.createMachine({
  id: 'other',
  version: '1',
  context: ({ input }) => initialContext(input),
  initial: 'askingDescription',
  states: {
    askingDescription: ask('description', {
      answer: 'text',
      question: t(
        '请用几句话说说发生了什么，我会整理成工单交给客服。',
        'Please tell me in a few words what happened; I will put it into a ticket for our support team.',
        '請用幾句話說說發生了什麼事，我會整理成客服單交給客服。',
      ),
      placeholder: t(
        '例如：付款成功了但订单显示未付款',
        'e.g. the payment went through but the order says unpaid',
        '例如：付款成功了但訂單顯示未付款',
      ),
      next: TO_TICKET,
    }),
    ...endings({ collect: ['occurredAt', 'amount'], hasFixes: false }),
  },
});
