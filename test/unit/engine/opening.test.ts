/**
 * How a diagnosis opens (issue 15): a checkout that passed the decline gets a one-line summary of
 * that payment, not "From what you told me" when the person has said nothing; a person who typed
 * the error hears it from their own words. The cause is named once either way.
 */
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../flows/index.js';
import { factsFromHost } from '../../../src/engine/host-facts.js';
import { Session } from '../../../src/engine/session.js';
import { buildTicket } from '../../../src/ticket/build.js';
import type { Locale } from '../../../src/shared/types.js';

async function opened(locale: Locale, host: Parameters<typeof factsFromHost>[0]) {
  const session = new Session({
    loadFlow,
    locale,
    problem: 'payment-failed',
    problems: ['payment-failed'],
    facts: factsFromHost(host),
  });
  await session.start();
  return session;
}

const checkout = {
  amount: '1299.50',
  currency: 'CNY',
  merchant: 'Lumen Coffee',
  errorCode: '51',
  errorMessage: '余额不足',
};

describe('the first line of a diagnosis', () => {
  it.each([
    ['en', 'Your payment of ¥1,299.50 at Lumen Coffee was declined: the likely cause is not enough balance.'],
    ['zh-CN', '您在 Lumen Coffee 的 ¥1,299.50 付款没有成功，可能的原因是：余额不足。'],
    ['zh-TW', '您在 Lumen Coffee 的 ¥1,299.50 付款沒有成功，可能的原因是：餘額不足。'],
  ] as const)('sums up the payment the checkout passed (%s)', async (locale, line) => {
    const session = await opened(locale, checkout);
    const [first] = session.current.transcript;
    expect(first?.text).toBe(line);
    expect(session.current.state).toBe('fixingBalance');
    expect(session.current.transcript.map((message) => message.text).join(' ')).not.toMatch(/told me|您提供/);
  });

  it('leaves out what the page did not pass', async () => {
    const noMerchant = await opened('en', { ...checkout, merchant: undefined });
    expect(noMerchant.current.transcript[0]?.text).toBe(
      'Your payment of ¥1,299.50 was declined: the likely cause is not enough balance.',
    );
    const onlyTheError = await opened('en', { errorCode: '51' });
    expect(onlyTheError.current.transcript[0]?.text).toBe('The likely cause is not enough balance.');
  });

  it('speaks of what the person said when they typed the error', async () => {
    const session = await opened('en', {});
    await session.answer('Insufficient balance (51)');
    const bot = session.current.transcript.filter((line) => line.from === 'bot').map((line) => line.text);
    expect(bot).toContain('From what you told me, the likely cause is not enough balance.');
  });
});

describe('what the diagnosis keeps for the ticket', () => {
  const page = { url: 'https://shop.example/checkout', userAgent: 'test' };

  it('takes the error code from the pasted message', async () => {
    const session = await opened('en', {});
    await session.answer('Do not honor (05)');
    expect(buildTicket(session.current.context!, page).errorCode).toBe('05');
    // Not a fact the page gave: a restart (a language switch) reads the message afresh.
    expect(session.current.context?.facts.errorCode).toBeUndefined();
  });

  it("keeps the page's own code over one in the message", async () => {
    const session = await opened('en', { errorCode: '51', errorMessage: 'Declined (05)' });
    expect(buildTicket(session.current.context!, page).errorCode).toBe('51');
  });
});

describe('the first line when the page passed something else', () => {
  it('sums up only a payment, and only a refusal', async () => {
    const topUp = new Session({
      loadFlow,
      locale: 'en',
      problem: 'top-up-failed',
      problems: ['top-up-failed'],
      facts: factsFromHost({ amount: '100', errorCode: '51' }),
    });
    await topUp.start();
    expect(topUp.current.transcript[0]?.text).toBe('The likely cause is not enough balance.');
    const pending = await opened('en', { ...checkout, errorCode: 'USERPAYING', errorMessage: undefined });
    expect(pending.current.transcript[0]?.text).toMatch(/^The likely cause is a payment still waiting/);
  });
});
