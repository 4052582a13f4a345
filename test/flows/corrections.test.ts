/**
 * The corrections of issue 12 where they reach the person, read from the flows' own texts (the
 * classifier's side is in test/unit/diagnose/classify.test.ts). Sources: docs/domain.md §2c, §5.1.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { classifyError } from '../../src/diagnose/classify.js';
import { causeNames, likelyCause } from '../../src/engine/outcomes.js';
import { plainText } from '../../src/engine/rich.js';
import { loadFlow } from '../../flows/index.js';
import { saidOnEntry } from './texts.js';

const said = async (problem: Parameters<typeof loadFlow>[0], state: string, locale: 'en' | 'zh-CN' = 'en') => {
  const machine: AnyStateMachine = await loadFlow(problem);
  return saidOnEntry(machine.root.states[state]!)
    .map((text) => text[locale])
    .join('\n');
};

describe('corrections (issue 12)', () => {
  it('tells a payment still waiting for the password (USERPAYING) to wait and not pay again, not to request a code', async () => {
    expect(classifyError('err_code=USERPAYING').cause).toBe('payment-pending');
    const text = await said('payment-failed', 'fixingPendingPayment');
    expect(text).toMatch(/Do not pay again/);
    expect(text).not.toMatch(/new SMS code/);
  });

  it('sends Stripe invalid_account to the card issuer, not to identity verification', () => {
    expect(classifyError('invalid_account').cause).toBe('bank-restricted');
  });

  it('does not say money was taken for ISO 94, and asks before treating it as a double charge', async () => {
    const { cause, confidence } = classifyError('94');
    expect(cause).toBe('duplicate-charge');
    expect(confidence).toBeLessThan(0.7);
    const text = await said('payment-failed', 'fixingDuplicateCharge');
    expect(text).toMatch(/first find out which it is/);
    expect(text).not.toMatch(/money was taken\. Usually/);
  });

  it('does not call a failed Chinese wallet payment a card hold that drops off by itself', async () => {
    for (const [problem, state] of [
      ['payment-failed', 'fixingDuplicateCharge'],
      ['funds-missing', 'checkingCharges'],
    ] as const) {
      const text = await said(problem, state);
      expect(text, `${problem} ${state}`).not.toMatch(/pre-?authori[sz]ation|hold the bank releases/);
      expect(text, `${problem} ${state}`).toMatch(/the way it came/);
    }
  });

  it("says a balance payment's SMS code goes to the phone registered with the wallet", async () => {
    expect(await said('payment-failed', 'fixingVerification')).toMatch(/registered with the wallet/);
    expect(await said('payment-failed', 'fixingVerification', 'zh-CN')).toMatch(/钱包绑定的手机号/);
  });

  it('states "one wallet of each type per bank" as one bank\'s rule only', async () => {
    const text = await said('activation-failed', 'fixingAlreadyRegistered', 'zh-CN');
    expect(text).toMatch(/有的银行|例如建设银行/);
  });

  it('names no fraud or risk reason to the person', async () => {
    const named = [plainText(likelyCause('risk-control').en), causeNames['risk-control'].en].join(' ');
    expect(named).not.toMatch(/fraud|risk|suspicious/i);
    for (const [problem, state] of [
      ['payment-failed', 'fixingRiskControl'],
      ['bank-wallet-payment-failed', 'fixingRiskControl'],
      ['top-up-failed', 'fixingRiskControl'],
      ['card-binding-failed', 'fixingDeclined'],
      ['activation-failed', 'fixingAccountRestricted'],
    ] as const) {
      expect(await said(problem, state), `${problem} ${state}`).not.toMatch(/fraud|suspicious/i);
    }
  });

  it('reads an amount in a sentence as money, not as an outage: "付款 503 元失败"', () => {
    expect(classifyError('付款 503 元失败').cause).not.toBe('maintenance');
    expect(classifyError('HTTP 503 Service Unavailable').cause).toBe('maintenance');
  });

  it('reads Adyen 27 as a decline (Declined Non Generic) and the balance-payment switch as a setting', () => {
    expect(classifyError('Adyen refusalReasonCode 27').cause).toBe('bank-restricted');
    expect(classifyError('ACQ.ERROR_BALANCE_PAYMENT_DISABLE').cause).toBe('device-unsupported');
    expect(classifyError('ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE').cause).toBe('insufficient-balance');
  });
});
