import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { paymentFailed } from '../../../flows/payment-failed.js';
import type { FlowInput } from '../../../src/engine/context.js';
import { interpretAnswer } from '../../../src/engine/interpret.js';
import { currentPrompt } from '../../../src/engine/prompt.js';

function start(input: Partial<FlowInput> = {}) {
  const actor = createActor(paymentFailed, { input: { locale: 'en', problem: 'payment-failed', ...input } });
  actor.start();
  return actor;
}

type Actor = ReturnType<typeof start>;

async function answer(actor: Actor, typed: string) {
  const prompt = currentPrompt(actor.getSnapshot());
  if (prompt?.kind !== 'answer') throw new Error(`not asking for an answer but ${prompt?.kind}`);
  const meta = Object.values(actor.getSnapshot().getMeta())[0]!.prompt;
  if (meta.kind !== 'answer') throw new Error('no answer meta');
  actor.send(await interpretAnswer(meta.answer, typed, actor.getSnapshot().context.locale));
}

const lastBot = (actor: Actor) => actor.getSnapshot().context.transcript.filter((m) => m.from === 'bot').at(-1)?.text ?? '';

describe('payment-failed flow', () => {
  it('asks when, how much and what the error said, then goes to the fix for the error', async () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('askingTime');
    await answer(actor, '2026-11-26T15:00:00+08:00');
    expect(actor.getSnapshot().value).toBe('askingAmount');
    await answer(actor, '¥1,299.50');
    expect(actor.getSnapshot().context.facts.amount).toEqual({ value: '1299.50', currency: 'CNY' });
    expect(actor.getSnapshot().value).toBe('askingError');
    await answer(actor, '余额不足 (51)');
    expect(actor.getSnapshot().value).toBe('fixingBalance');
    expect(actor.getSnapshot().context.cause).toBe('insufficient-balance');
    expect(currentPrompt(actor.getSnapshot())).toMatchObject({
      kind: 'outcome',
      choices: [{ label: 'Yes, solved' }, { label: 'No, I still need help' }],
    });
  });

  it('never asks what the host page already passed and lands straight on the diagnosis', () => {
    const actor = start({
      facts: { occurredAt: '2026-11-26T15:00:00+08:00', amount: { value: '88.80', currency: 'CNY' }, errorCode: '51' },
    });
    expect(actor.getSnapshot().value).toBe('fixingBalance');
    const asked = actor.getSnapshot().context.transcript.map((m) => m.text).join('\n');
    expect(asked).not.toMatch(/When did it happen|How much|error message say/);
  });

  it('keeps the conversation and explains when an amount is not understood', async () => {
    const actor = start({ facts: { occurredAt: '2026-11-26T15:00:00+08:00' } });
    await answer(actor, 'a lot of money');
    expect(actor.getSnapshot().value).toBe('askingAmount');
    const { transcript } = actor.getSnapshot().context;
    expect(transcript.at(-2)).toMatchObject({ from: 'user', text: 'a lot of money' });
    expect(lastBot(actor)).toMatch(/amount/i);
  });

  it('offers the next likely cause after a fix that did not help, and records it as tried', async () => {
    const actor = start({ facts: { occurredAt: '2026-11-26T15:00:00+08:00', amount: { value: '5.00', currency: 'CNY' } } });
    actor.send({ type: 'user.choose', choice: 'no-message' });
    expect(actor.getSnapshot().value).toBe('askingSymptom');
    actor.send({ type: 'user.choose', choice: 'network' });
    expect(actor.getSnapshot().value).toBe('fixingNetwork');
    actor.send({ type: 'user.choose', choice: 'unsolved' });
    expect(actor.getSnapshot().value).toBe('askingOtherCause');
    expect(actor.getSnapshot().context.stepsTried).toEqual(['Checked and switched the network, then retried']);
    const offered = currentPrompt(actor.getSnapshot());
    expect(offered?.kind).toBe('choice');
    const ids = offered?.kind === 'choice' ? offered.choices.map((c) => c.id) : [];
    expect(ids).toContain('balance');
    expect(ids).not.toContain('network');
    actor.send({ type: 'user.choose', choice: 'none' });
    expect(actor.getSnapshot().value).toBe('reviewingTicket');
    expect(actor.getSnapshot().context.cause).toBe('network');
  });

  it('ends resolved when the fix worked, and filed after the ticket is submitted', () => {
    const solved = start({ facts: { occurredAt: 'x', errorCode: '51', amount: { value: '1.00', currency: 'CNY' } } });
    solved.send({ type: 'user.choose', choice: 'solved' });
    expect(solved.getSnapshot().status).toBe('done');
    expect(solved.getSnapshot().value).toBe('resolved');

    const filed = start({ facts: { occurredAt: 'x', errorCode: '51', amount: { value: '1.00', currency: 'CNY' } } });
    filed.send({ type: 'user.choose', choice: 'unsolved' });
    filed.send({ type: 'user.choose', choice: 'none' });
    filed.send({ type: 'user.submit', edits: { contact: { email: 'a@b.co' }, description: 'still failing' } });
    expect(filed.getSnapshot().value).toBe('ticketFiled');
    expect(filed.getSnapshot().context.facts).toMatchObject({ contact: { email: 'a@b.co' }, description: 'still failing' });
  });

  it('speaks Chinese when the locale is zh-CN', () => {
    const actor = start({ locale: 'zh-CN' });
    expect(lastBot(actor)).toContain('什么时候');
  });
});
