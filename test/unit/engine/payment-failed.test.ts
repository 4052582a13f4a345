/**
 * payment-failed driven as a person would, with the real classifier: the error first, straight to
 * the fix for a recognised cause, facts asked only where the advice uses them (the amount for a
 * limit, the date and payment method for money that should come back), "I don't remember"
 * accepted, the ticket always within reach, and what the ticket still needs asked on the way.
 */
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paymentFailed } from '../../../flows/payment-failed.js';
import type { FlowInput } from '../../../src/engine/context.js';
import { interpretAnswer } from '../../../src/engine/interpret.js';
import { currentPrompt, promptMeta } from '../../../src/engine/prompt.js';

const NOW = new Date('2026-11-27T10:00:00+08:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

function start(input: Partial<FlowInput> = {}) {
  const actor = createActor(paymentFailed, { input: { locale: 'en', problem: 'payment-failed', ...input } });
  actor.start();
  return actor;
}

type Actor = ReturnType<typeof start>;

async function answer(actor: Actor, typed: string) {
  const meta = promptMeta(actor.getSnapshot());
  if (meta?.kind !== 'answer') throw new Error(`not asking for an answer but ${meta?.kind}`);
  actor.send(await interpretAnswer(meta.answer, typed, actor.getSnapshot().context.locale, NOW));
}

const choose = (actor: Actor, choice: string) => actor.send({ type: 'user.choose', choice });
const state = (actor: Actor) => actor.getSnapshot().value;
const said = (actor: Actor) =>
  actor
    .getSnapshot()
    .context.transcript.map((m) => m.text)
    .join('\n');
const lastBot = (actor: Actor) =>
  actor
    .getSnapshot()
    .context.transcript.filter((m) => m.from === 'bot')
    .at(-1)?.text ?? '';
const choiceIds = (actor: Actor) => {
  const prompt = currentPrompt(actor.getSnapshot());
  return prompt && 'choices' in prompt ? prompt.choices.map((c) => c.id) : [];
};

describe('payment-failed flow', () => {
  it('asks what the error said first, and goes straight to the fix for a recognised cause', async () => {
    const actor = start();
    expect(state(actor)).toBe('askingError');
    await answer(actor, '余额不足 (51)');
    expect(state(actor)).toBe('fixingBalance');
    expect(actor.getSnapshot().context.cause).toBe('insufficient-balance');
    expect(said(actor)).not.toMatch(/When did|How much/);
    expect(currentPrompt(actor.getSnapshot())).toMatchObject({
      kind: 'outcome',
      choices: [{ label: 'Yes, solved' }, { label: 'No, I still need help' }],
    });
  });

  it.each([
    ['Do not honor (05)', 'fixingBankDecline'],
    ['Expired card (54)', 'fixingCardStatus'],
    ['Invalid card number (14)', 'fixingCardDetails'],
    ['Please complete real-name verification first', 'fixingAccountVerification'],
  ])('takes a decline the issue found landing nowhere, "%s", to its own fix', async (error, fix) => {
    const actor = start();
    await answer(actor, error);
    expect(state(actor)).toBe(fix);
  });

  it('never asks what the host page already passed', () => {
    const actor = start({ facts: { errorCode: '51' } });
    expect(state(actor)).toBe('fixingBalance');
    expect(said(actor)).not.toMatch(/error message say/);
  });

  it('tells a payment still waiting for the password not to pay again (USERPAYING), rather than to request a code', async () => {
    const actor = start();
    await answer(actor, 'err_code: USERPAYING');
    expect(state(actor)).toBe('fixingPendingPayment');
    expect(said(actor)).toMatch(/Do not pay again until you know the result/);
    expect(said(actor)).not.toMatch(/Request a new SMS code/);
  });

  it('asks the amount before limit advice and compares it with the caps', async () => {
    const actor = start();
    await answer(actor, 'ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR');
    expect(state(actor)).toBe('askingAmountForLimit');
    await answer(actor, '¥2,500');
    expect(state(actor)).toBe('fixingLimit');
    expect(said(actor)).toMatch(/¥2,500.00 is over ¥1,000.00/);
  });

  it('says by which day money taken for a failed payment should be back, from when and how it was paid', async () => {
    const actor = start();
    await answer(actor, 'I was charged twice');
    expect(state(actor)).toBe('checkingWhenCharged');
    await answer(actor, 'yesterday');
    expect(state(actor)).toBe('checkingWhenChargedPaymentMethod');
    choose(actor, 'debit-card');
    expect(state(actor)).toBe('fixingDuplicateCharge');
    expect(said(actor)).toMatch(/should be back by Tue 1 Dec/);
  });

  it('goes to the ticket at once when that day has passed', async () => {
    const actor = start();
    await answer(actor, 'I was charged twice');
    await answer(actor, '2026-11-10 09:00');
    choose(actor, 'debit-card');
    expect(said(actor)).toMatch(/should have been back by Fri 13 Nov, and that date has passed/);
    // The ticket still needs the amount: asked on the way, with "I don't remember" offered.
    expect(state(actor)).toBe('askingTicketAmount');
    expect(currentPrompt(actor.getSnapshot())).toMatchObject({ suggestions: ["I don't remember"] });
  });

  it('accepts "I don\'t remember" for a time or an amount, moves on, and never asks it again', async () => {
    const actor = start();
    await answer(actor, 'I was charged twice');
    await answer(actor, '不记得了');
    expect(state(actor)).toBe('checkingWhenChargedPaymentMethod');
    expect(lastBot(actor)).toMatch(/What did you pay with/);
    choose(actor, 'not-remembered');
    expect(said(actor)).toMatch(/usually within 3 working days/);
    choose(actor, 'unsolved');
    await answer(actor, "I don't remember");
    expect(state(actor)).toBe('reviewingTicket');
    expect(actor.getSnapshot().context.facts.notRemembered).toEqual(['occurredAt', 'paymentMethod', 'amount']);
  });

  it('asks back "Did you mean ¥3.00?" for a number that might be money, and takes the offered answer', async () => {
    const actor = start();
    await answer(actor, 'daily limit exceeded');
    await answer(actor, '大概 3');
    expect(state(actor)).toBe('askingAmountForLimit');
    expect(lastBot(actor)).toContain('Did you mean ¥3.00?');
    expect(currentPrompt(actor.getSnapshot())).toMatchObject({ suggestions: ['¥3.00', "I don't remember"] });
    await answer(actor, '¥3.00');
    expect(actor.getSnapshot().context.facts.amount).toEqual({ value: '3.00', currency: 'CNY' });
  });

  it('offers the ticket in every list, and leads with it after two fixes that did not help', () => {
    const actor = start({ facts: { errorCode: '51' } });
    choose(actor, 'unsolved');
    expect(state(actor)).toBe('choosingOtherCause');
    expect(choiceIds(actor)).toContain('none');
    expect(choiceIds(actor)).not.toContain('balance');
    choose(actor, 'network');
    choose(actor, 'unsolved');
    expect(state(actor)).toBe('offeringTicket');
    expect(choiceIds(actor)[0]).toBe('ticket');
    expect(lastBot(actor)).toMatch(/Two things have not fixed it/);
    expect(actor.getSnapshot().context.stepsTried).toEqual([
      'Checked the balance and topped up or paid another way',
      'Checked and switched the network, then retried',
    ]);
  });

  it('asks, on the way to the ticket, only what the ticket still needs', () => {
    const actor = start({
      facts: { errorCode: '51', amount: { value: '5.00', currency: 'CNY' }, paymentMethod: 'balance' },
    });
    choose(actor, 'unsolved');
    choose(actor, 'none');
    expect(state(actor)).toBe('askingTicketTime');
    expect(said(actor)).toMatch(/Let me prepare a ticket/);
  });

  it('ends resolved when the fix worked, and filed after the ticket is submitted', () => {
    const known = {
      occurredAt: '2026-11-26T15:00:00+08:00',
      errorCode: '51',
      amount: { value: '1.00', currency: 'CNY' },
      paymentMethod: 'balance' as const,
    };
    const solved = start({ facts: known });
    choose(solved, 'solved');
    expect(solved.getSnapshot().status).toBe('done');
    expect(state(solved)).toBe('resolved');

    const filed = start({ facts: known });
    choose(filed, 'unsolved');
    choose(filed, 'none');
    expect(state(filed)).toBe('reviewingTicket');
    filed.send({ type: 'user.submit', edits: { contact: { email: 'a@b.co' }, description: 'still failing' } });
    expect(state(filed)).toBe('ticketFiled');
    expect(filed.getSnapshot().context.facts).toMatchObject({
      contact: { email: 'a@b.co' },
      description: 'still failing',
    });
  });

  it('speaks Chinese when the locale is zh-CN', () => {
    const actor = start({ locale: 'zh-CN' });
    expect(lastBot(actor)).toContain('错误提示');
  });
});
