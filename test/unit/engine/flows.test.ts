/**
 * The five flows besides payment-failed, driven like a user would with the real error classifier:
 * what they ask, where a typed error leads, and how they end.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activationFailed } from '../../../flows/activation-failed.js';
import { bankWalletPaymentFailed } from '../../../flows/bank-wallet-payment-failed.js';
import { cardBindingFailed } from '../../../flows/card-binding-failed.js';
import { fundsMissing } from '../../../flows/funds-missing.js';
import { topUpFailed } from '../../../flows/top-up-failed.js';
import { flowLoaders } from '../../../flows/index.js';
import type { FlowContext, FlowInput } from '../../../src/engine/context.js';
import { interpretAnswer } from '../../../src/engine/interpret.js';
import { problemIds } from '../../../src/shared/problems.js';
import { currentPrompt, promptMeta } from '../../../src/engine/prompt.js';

function start(machine: AnyStateMachine, input: Partial<FlowInput> = {}) {
  const actor = createActor(machine, { input: { locale: 'en', problem: machine.id, ...input } });
  actor.start();
  return actor;
}

type Actor = ReturnType<typeof start>;

async function answer(actor: Actor, typed: string) {
  const meta = promptMeta(actor.getSnapshot());
  if (meta?.kind !== 'answer') throw new Error(`not asking for an answer but ${meta?.kind}`);
  actor.send(
    await interpretAnswer(
      meta.answer,
      typed,
      actor.getSnapshot().context.locale,
      new Date('2026-11-27T10:00:00+08:00'),
    ),
  );
}

const choose = (actor: Actor, choice: string) => actor.send({ type: 'user.choose', choice });
const context = (actor: Actor) => actor.getSnapshot().context as FlowContext;
const said = (actor: Actor) =>
  context(actor)
    .transcript.map((line) => line.text)
    .join('\n');
const known = { occurredAt: '2026-11-26T15:00:00+08:00', amount: { value: '88.80', currency: 'CNY' } };

// Advice about money coming back compares dates with today: every test sees the same today.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00+08:00'));
});
afterEach(() => vi.useRealTimers());

it('has a flow for every problem type', () => {
  expect(Object.keys(flowLoaders).sort()).toEqual([...problemIds].sort());
});

describe('card-binding-failed', () => {
  it('asks what the app said and takes a mismatch straight to rechecking the card details', async () => {
    const actor = start(cardBindingFailed);
    expect(actor.getSnapshot().value).toBe('askingError');
    await answer(actor, '银行卡信息不一致');
    expect(actor.getSnapshot().value).toBe('fixingCardDetails');
    expect(context(actor).cause).toBe('card-info-invalid');
    // The fix arrives as compiled markdown: plain words in `text`, the bold kept in `rich`.
    const fixLine = context(actor).transcript.find((line) => line.text.includes('only link a card in your own name'));
    expect(JSON.stringify(fixLine?.rich)).toContain('["strong","in your own name"]');
  });

  it('offers the next likely cause after a fix that did not help', async () => {
    const actor = start(cardBindingFailed);
    choose(actor, 'no-message');
    choose(actor, 'sms');
    choose(actor, 'unsolved');
    expect(actor.getSnapshot().value).toBe('choosingOtherCause');
    const prompt = currentPrompt(actor.getSnapshot());
    expect(prompt?.kind === 'choice' && prompt.choices.map((c) => c.id)).toEqual([
      'details',
      'network',
      'account',
      'status',
      'unsupported',
      'limit',
      'bank',
      'linked',
      'platform',
      'no-option',
      'none',
    ]);
    choose(actor, 'bank');
    expect(said(actor)).toMatch(/number on the back of the card/);
    expect(context(actor).stepsTried).toEqual(['Requested and entered a new SMS code']);
  });
});

describe('activation-failed', () => {
  it('speaks Traditional Chinese for zh-TW and routes "already registered"', async () => {
    const actor = start(activationFailed, { locale: 'zh-TW' });
    expect(said(actor)).toContain('開通時顯示了什麼訊息');
    await answer(actor, '该手机号已注册');
    expect(actor.getSnapshot().value).toBe('fixingAlreadyRegistered');
    expect(said(actor)).toContain('每個手機號碼或身分證只能註冊一次');
  });
});

describe('top-up-failed', () => {
  it('skips what the host passed and routes an expired card', async () => {
    const actor = start(topUpFailed, { facts: known });
    expect(actor.getSnapshot().value).toBe('askingError');
    await answer(actor, '卡已过期');
    expect(actor.getSnapshot().value).toBe('fixingCardStatus');
  });

  it('files a ticket when money left the card but never arrived', () => {
    const actor = start(topUpFailed, { facts: known });
    choose(actor, 'no-message');
    choose(actor, 'charged');
    // Only the ways a card top-up is paid are offered.
    expect(currentPrompt(actor.getSnapshot())).toMatchObject({
      choices: [{ id: 'debit-card' }, { id: 'credit-card' }, { id: 'not-remembered' }],
    });
    choose(actor, 'debit-card');
    expect(said(actor)).toMatch(/Do not top up again/);
    expect(said(actor)).toMatch(/should be back by Tue 1 Dec/);
    choose(actor, 'unsolved');
    expect(actor.getSnapshot().value).toBe('reviewingTicket');
    expect(context(actor).cause).toBe('duplicate-charge');
  });
});

describe('bank-wallet-payment-failed', () => {
  it('explains wallet tiers as examples and where to upgrade, for a limit error', async () => {
    const actor = start(bankWalletPaymentFailed, { facts: known, locale: 'zh-CN' });
    await answer(actor, '超出单笔限额');
    expect(actor.getSnapshot().value).toBe('fixingWalletLimit');
    const text = said(actor);
    expect(text).toContain('单笔 2,000 元、单日 5,000 元、余额最多 10,000 元');
    expect(text).toContain('请在钱包 App 中查看您的限额');
    expect(text).toContain('升级钱包');
  });

  it('reaches password, app and history trouble through their own short list', () => {
    const actor = start(bankWalletPaymentFailed, { facts: known });
    choose(actor, 'no-message');
    choose(actor, 'account');
    expect(actor.getSnapshot().value).toBe('askingAccountProblem');
    choose(actor, 'history');
    expect(actor.getSnapshot().value).toBe('fixingHistory');
    choose(actor, 'unsolved');
    choose(actor, 'account');
    const prompt = currentPrompt(actor.getSnapshot());
    expect(prompt?.kind === 'choice' && prompt.choices.map((c) => c.id)).toEqual(['password', 'app', 'none']);
  });
});

describe('funds-missing', () => {
  it('checks the records, secures the account, then asks what the ticket needs for a payment the user did not make', async () => {
    const actor = start(fundsMissing);
    expect(actor.getSnapshot().value).toBe('askingSymptom');
    expect(said(actor)).toMatch(/Don't worry/);
    choose(actor, 'not-me');
    expect(actor.getSnapshot().value).toBe('reviewingRecords');
    choose(actor, 'unsolved');
    expect(actor.getSnapshot().value).toBe('securingAccount');
    expect(said(actor)).toMatch(/two-factor authentication/);
    choose(actor, 'done');
    expect(said(actor)).toMatch(/call your bank/);
    expect(actor.getSnapshot().value).toBe('askingTicketTime');
    await answer(actor, '2026-11-26T15:00:00+08:00');
    await answer(actor, '¥199');
    choose(actor, 'debit-card');
    expect(actor.getSnapshot().value).toBe('reviewingTicket');
    expect(context(actor).stepsTried).toEqual([
      'Went through the transaction records',
      'Changed the passwords and froze the account',
    ]);
    expect(context(actor).facts).toMatchObject({
      amount: { value: '199.00', currency: 'CNY' },
      paymentMethod: 'debit-card',
    });
  });

  it('says when money taken twice should be back, and ends resolved when that settles it', () => {
    const actor = start(fundsMissing, { facts: known });
    choose(actor, 'charged-twice');
    choose(actor, 'credit-card');
    expect(actor.getSnapshot().value).toBe('checkingCharges');
    expect(said(actor)).toMatch(/should be back by Mon 7 Dec/);
    expect(said(actor)).not.toMatch(/pre-authorisation/);
    choose(actor, 'solved');
    expect(actor.getSnapshot().value).toBe('resolved');
    expect(context(actor).cause).toBe('duplicate-charge');
  });

  it('hands an overdue refund to support at once, and names the regulators after filing', () => {
    const actor = start(fundsMissing, { facts: { ...known, occurredAt: '2026-11-01T10:00:00+08:00' } });
    choose(actor, 'refund');
    choose(actor, 'balance');
    expect(said(actor)).toMatch(/and that date has passed/);
    expect(actor.getSnapshot().value).toBe('reviewingTicket');
    actor.send({ type: 'user.submit', edits: {} });
    expect(said(actor)).toMatch(/12363/);
    expect(said(actor)).toMatch(/12378/);
  });

  it('offers support in its very first list', () => {
    const actor = start(fundsMissing);
    const prompt = currentPrompt(actor.getSnapshot());
    expect(prompt?.kind === 'choice' && prompt.choices.map((c) => c.id)).toContain('none');
  });

  it("offers the provider's own hotline from the host page when a payment was not the person's", () => {
    const actor = start(fundsMissing, { facts: { supportPhone: '95188' } });
    choose(actor, 'not-me');
    choose(actor, 'unsolved');
    choose(actor, 'done');
    expect(said(actor)).toMatch(/official support line: 95188/);
  });
});
