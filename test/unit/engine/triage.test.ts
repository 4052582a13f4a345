import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/diagnose/types.js';
import { interpretAnswer } from '../../../src/engine/interpret.js';
import { problemIds, type ProblemId } from '../../../src/engine/problems.js';
import { currentPrompt } from '../../../src/engine/prompt.js';
import { createTriage, problemFromDescription } from '../../../src/engine/triage.js';

function start(locale: Locale = 'en') {
  const actor = createActor(createTriage(problemIds), { input: { locale } });
  actor.start();
  return actor;
}

type Actor = ReturnType<typeof start>;

async function describeProblem(actor: Actor, typed: string) {
  actor.send(await interpretAnswer('text', typed, actor.getSnapshot().context.locale));
}

describe('triage', () => {
  it('offers one button per problem type and a box to describe it', () => {
    const prompt = currentPrompt(start().getSnapshot());
    expect(prompt).toMatchObject({ kind: 'answer', answer: 'text', label: 'Describe what went wrong' });
    expect(prompt?.kind === 'answer' && prompt.choices.map((choice) => choice.id)).toEqual([...problemIds]);
  });

  it('labels the buttons in Traditional Chinese for zh-TW', () => {
    const prompt = currentPrompt(start('zh-TW').getSnapshot());
    expect(prompt?.kind === 'answer' && prompt.choices.map((choice) => choice.label)).toContain('綁卡失敗');
  });

  it('ends with the chosen problem and the conversation so far', () => {
    const actor = start();
    actor.send({ type: 'user.choose', choice: 'top-up-failed' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toMatchObject({
      problem: 'top-up-failed',
      transcript: [{ from: 'bot' }, { from: 'user', text: 'A top-up failed' }],
    });
  });

  it.each<[string, ProblemId]>([
    ['绑卡一直失败', 'card-binding-failed'],
    ["my top up didn't go through", 'top-up-failed'],
    ['钱被扣了两次', 'funds-missing'],
    ['数字人民币付不了款', 'bank-wallet-payment-failed'],
    ['钱包开通不了，一直提示身份信息错误', 'activation-failed'],
    ['付款的时候提示失败', 'payment-failed'],
    ['I was charged twice for one order', 'funds-missing'],
    ['Can’t add my card to the wallet', 'card-binding-failed'],
    ['儲值一直失敗', 'top-up-failed'],
    ['ＥＣＮＹ payment declined', 'bank-wallet-payment-failed'],
  ])('routes "%s" to %s', async (typed, problem) => {
    const actor = start();
    await describeProblem(actor, typed);
    expect(actor.getSnapshot().output).toMatchObject({ problem });
    const { transcript } = actor.getSnapshot().output!;
    expect(transcript.at(-2)).toMatchObject({ from: 'user', text: typed });
    expect(transcript.at(-1)!.from).toBe('bot');
  });

  it('asks kindly to pick one when the words name no problem, and keeps the buttons', async () => {
    const actor = start('zh-CN');
    await describeProblem(actor, '你好');
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.transcript.at(-2)).toMatchObject({ from: 'user', text: '你好' });
    expect(snapshot.context.transcript.at(-1)!.text).toContain('请从下面选一个');
    const prompt = currentPrompt(snapshot);
    expect(prompt?.kind === 'answer' && prompt.choices).toHaveLength(problemIds.length);
  });

  it('masks a card number typed as the description and says why', async () => {
    const actor = start();
    await describeProblem(actor, 'cannot link card 4111 1111 1111 1111');
    const { transcript } = actor.getSnapshot().output!;
    const said = transcript.map((line) => line.text).join('\n');
    expect(said).not.toContain('4111 1111 1111 1111');
    expect(said).toMatch(/hidden the card number/);
  });

  it('routes only to the problems it was given', () => {
    expect(problemFromDescription('绑卡一直失败', ['payment-failed'])).toBeUndefined();
    expect(problemFromDescription('绑卡一直失败', ['card-binding-failed'])).toBe('card-binding-failed');
  });
});
