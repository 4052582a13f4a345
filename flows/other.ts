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
      question: t('askingDescription.question'),
      placeholder: t('askingDescription.placeholder'),
      next: TO_TICKET,
    }),
    ...endings({ collect: ['occurredAt', 'amount'], hasFixes: false }),
  },
});
