import { createActor } from 'xstate';
import { it } from 'vitest';
import { paymentFailed } from '../../../flows/payment-failed.js';
import { interpretAnswer } from '../../../src/engine/interpret.js';
import { currentPrompt } from '../../../src/engine/prompt.js';

it('walks', async () => {
  const actor = createActor(paymentFailed, { input: { locale: 'en', problem: 'payment-failed' } });
  actor.start();
  const log = () => { const s = actor.getSnapshot(); console.log(String(s.value), JSON.stringify(currentPrompt(s))); };
  log();
  actor.send(await interpretAnswer('text', 'ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR', 'en')); log();
  actor.send(await interpretAnswer('amount', '2500', 'en')); log();
  actor.send({ type: 'user.choose', choice: 'unsolved' }); log();
  actor.send({ type: 'user.choose', choice: 'charged' }); log();
  actor.send(await interpretAnswer('time', "I don't remember", 'en')); log();
  actor.send({ type: 'user.choose', choice: 'debit-card' }); log();
  actor.send({ type: 'user.choose', choice: 'unsolved' }); log();
  console.log(actor.getSnapshot().context.transcript.map((m) => `${m.from}: ${m.text}`).join('\n'));
});
