import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/diagnose/types.js';
import { interpretAnswer } from '../../../src/engine/interpret.js';
import { problemIds, type ProblemId } from '../../../src/shared/problems.js';
import { currentPrompt } from '../../../src/engine/prompt.js';
import { createTriage, problemFromDescription, problemLabels } from '../../../src/engine/triage.js';
import { triageCorpus } from './triage-corpus.js';

/** The share of the triage corpus that must be routed as a support agent would. */
const ROUTING_BAR = 0.95;

function start(locale: Locale = 'en', problems: readonly ProblemId[] = problemIds) {
  const actor = createActor(createTriage(problems), { input: { locale } });
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

  it("never routes words to 'other': that is the person's own choice", () => {
    const others = triageCorpus.filter(({ text }) => problemFromDescription(text, problemIds) === 'other');
    expect(others).toEqual([]);
    expect(problemFromDescription('something else entirely, other problem', problemIds)).toBeUndefined();
    expect(problemFromDescription('其他问题', problemIds)).toBeUndefined();
  });
});

describe('triage on everyday words', () => {
  const routed = triageCorpus.filter(({ text, problem }) => problemFromDescription(text, problemIds) === problem);
  const misses = triageCorpus
    .filter((c) => !routed.includes(c))
    .map(
      ({ text, problem }) => `${text} → ${problemFromDescription(text, problemIds) ?? 'nothing'}, expected ${problem}`,
    );
  const rate = routed.length / triageCorpus.length;
  console.info(`triage routing: ${(rate * 100).toFixed(1)}% (${routed.length}/${triageCorpus.length})`);

  it(`routes at least ${ROUTING_BAR * 100}% of the corpus as a support agent would`, () => {
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(ROUTING_BAR);
  });

  it('has at least 15 phrasings per problem, in Simplified, Traditional and English', () => {
    for (const problem of problemIds.filter((id) => id !== 'other')) {
      const mine = triageCorpus.filter((c) => c.problem === problem).map((c) => c.text);
      expect(mine.length, problem).toBeGreaterThanOrEqual(15);
      expect(
        mine.some((text) => /[钱绑开账数币余额扫码实没]/.test(text)),
        `${problem} in Simplified`,
      ).toBe(true);
      expect(
        mine.some((text) => /[錢綁開帳數幣餘額掃碼實沒儲値進]/.test(text)),
        `${problem} in Traditional`,
      ).toBe(true);
      expect(
        mine.some((text) => /^[\x20-\x7e’ＥＣＮＹ]+$/.test(text)),
        `${problem} in English`,
      ).toBe(true);
    }
  });

  it.each<[string, ProblemId]>([
    ['绑不上', 'card-binding-failed'],
    ['綁不上', 'card-binding-failed'],
    ['充不了钱', 'top-up-failed'],
    ['充不進去', 'top-up-failed'],
    ['儲值失敗', 'top-up-failed'],
    ['钱包开不了', 'activation-failed'],
    ['開不了錢包', 'activation-failed'],
    // A frozen card shows up when paying far more often than when linking; words about linking win.
    ['卡被冻结了', 'payment-failed'],
    ['绑卡时提示卡被冻结', 'card-binding-failed'],
    ['This card is restricted and cannot be linked', 'card-binding-failed'],
    ["can't add my card", 'card-binding-failed'],
    ['payment keeps failing', 'payment-failed'],
    ['I was charged but the order failed', 'funds-missing'],
    ["my e-CNY wallet won't pay", 'bank-wallet-payment-failed'],
    ['退款沒收到', 'funds-missing'],
  ])('routes "%s" to %s', (typed, problem) => {
    expect(problemFromDescription(typed, problemIds)).toBe(problem);
  });

  it('does not take a recharge or a VAT for money taken', () => {
    expect(problemFromDescription('recharged but nothing happened', problemIds)).toBe('top-up-failed');
    expect(problemFromDescription('增值税发票付款失败', problemIds)).toBe('payment-failed');
  });
});

describe('triage after words it cannot place', () => {
  const said = (actor: Actor) => actor.getSnapshot().context.transcript.map((line) => line.text);

  it('says sorry once, then offers a way forward instead of a second sorry', async () => {
    const actor = start('en');
    await describeProblem(actor, 'hello');
    await describeProblem(actor, 'it is weird');
    const bot = actor
      .getSnapshot()
      .context.transcript.filter((line) => line.from === 'bot')
      .slice(1)
      .map((line) => line.text);
    expect(bot).toHaveLength(2);
    expect(bot[0]).toMatch(/^Sorry/);
    expect(bot[1]).not.toMatch(/sorry|did not understand|could not tell/i);
    expect(bot[1]).toContain("Let's do it this way");
    expect(bot[1]).toContain(`"${problemLabels.other.en}"`);
    const prompt = currentPrompt(actor.getSnapshot());
    expect(prompt?.kind === 'answer' && prompt.choices.map((choice) => choice.id)).toEqual([...problemIds]);
  });

  it('never says a third sorry, however many answers it cannot place', async () => {
    const actor = start('zh-CN');
    for (const typed of ['你好', '在吗', '嗯嗯', '怎么办']) await describeProblem(actor, typed);
    const sorries = said(actor).filter((text) => text.includes('抱歉'));
    expect(sorries).toHaveLength(1);
    expect(said(actor).at(-1)).toContain(`“${problemLabels.other['zh-CN']}”`);
  });

  it('says it in Traditional Chinese for zh-TW, without markdown', async () => {
    const actor = start('zh-TW');
    await describeProblem(actor, '你好');
    await describeProblem(actor, '怎麼辦');
    const last = said(actor).at(-1)!;
    expect(last).toContain(`「${problemLabels.other['zh-TW']}」`);
    expect(last).toContain('我們換個方式');
    expect(last).not.toMatch(/[*_`#[\]]/);
  });

  it("does not offer 'Something else' where the host left it out", async () => {
    const actor = start(
      'en',
      problemIds.filter((id) => id !== 'other'),
    );
    await describeProblem(actor, 'hello');
    await describeProblem(actor, 'hmm');
    expect(said(actor).at(-1)).toContain("Let's do it this way");
    expect(said(actor).at(-1)).not.toContain(problemLabels.other.en);
  });

  it("hands the words on as the ticket's description when the person then picks 'Something else'", async () => {
    const actor = start('en');
    await describeProblem(actor, 'the shop says my order is unpaid');
    await describeProblem(actor, 'my card 4111 1111 1111 1111 shows nothing');
    actor.send({ type: 'user.choose', choice: 'other' });
    const output = actor.getSnapshot().output!;
    expect(output.problem).toBe('other');
    expect(output.description).toContain('the shop says my order is unpaid');
    expect(output.description).toContain('shows nothing');
    expect(output.description!.split('\n')).toHaveLength(2);
    // What was typed, masked: never the card number.
    expect(output.description).not.toContain('4111 1111 1111 1111');
  });

  it('hands nothing on when another problem is picked, or when nothing was typed', async () => {
    const typed = start('en');
    await describeProblem(typed, 'hello');
    typed.send({ type: 'user.choose', choice: 'payment-failed' });
    expect(typed.getSnapshot().output!.description).toBeUndefined();

    const chosen = start('en');
    chosen.send({ type: 'user.choose', choice: 'other' });
    expect(chosen.getSnapshot().output).toMatchObject({ problem: 'other' });
    expect(chosen.getSnapshot().output!.description).toBeUndefined();
  });
});
