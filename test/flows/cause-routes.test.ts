/**
 * The lab's reading of where a flow sends an error (demo/lab/cause-routes.ts) against the running
 * machines and the real classifier: what the error sandbox shows is where the widget goes.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../flows/index.js';
import { classifyError } from '../../src/diagnose/classify.js';
import { loadErrorReader } from '../../src/engine/error-reading.js';
import { flowSetup } from '../../src/engine/flow-setup.js';
import { diagnose, type Routes } from '../../src/engine/steps.js';
import { problemIds } from '../../src/shared/problems.js';
import { destinationOf, flowRouting, routedCauses, unroutedCauses } from '../../demo/lab/cause-routes.js';
import { errorMessages } from '../unit/diagnose/corpus/error-messages.js';
import { traditionalErrorMessages } from '../unit/diagnose/corpus/traditional-error-messages.js';

// The machines read a host's message through the full classifier, loaded as the session would (decision 0021).
await loadErrorReader();

const flows = await Promise.all(problemIds.map(async (problem) => [problem, await loadFlow(problem)] as const));

/** Messages people paste, one or more per cause, confident and vague, in both scripts. */
const pasted = [
  'Do not honour (05)',
  '不予承兑 (05)',
  '授權失敗，請聯絡發卡銀行 (05)',
  '餘額不足 (51)',
  'Declined',
  '出错了',
  ...errorMessages.filter((_, index) => index % 5 === 0).map((c) => c.text),
  ...traditionalErrorMessages.filter((_, index) => index % 5 === 0).map((c) => c.text),
].filter(Boolean);

/** The flow started by a page that passed `errorMessage`: it has read and routed it. */
const startedWith = (machine: AnyStateMachine, problem: string, errorMessage: string) =>
  createActor(machine, { input: { locale: 'en', problem, facts: { errorMessage } } }).start();

describe.each(flows)('where the %s flow sends an error', (problem, machine) => {
  const routing = flowRouting(machine);

  it.each(pasted)('as the machine does: %s', (text) => {
    const classification = classifyError(text);
    const destination = destinationOf(routing, classification);
    const actor = startedWith(machine, problem, text);
    const state = String(actor.getSnapshot().value);
    switch (destination.kind) {
      case 'no-diagnosis':
        expect(routing).toBeUndefined();
        break;
      case 'confirm':
        expect(state).toBe(destination.state);
        actor.send({ type: 'user.choose', choice: 'yes' });
        expect(actor.getSnapshot().value).toBe(destination.then);
        break;
      default:
        expect(state).toBe(destination.state);
    }
  });
});

/**
 * Issue 17: a 05 ("do not honour", ISO 8583 不予承兑, docs/domain.md §2a) written with the code bare
 * at the end was read as nothing and landed on every flow's symptom list. However it is written,
 * it reaches the flow's advice for a bank's refusal (call the issuer, or use another card: §2b, S11, S37).
 */
describe.each([
  'Do not honour (05)',
  '不予承兑 (05)',
  '交易失败 05',
  'Payment failed 05',
  '授權失敗，05',
  'Declined 05',
])('the 05 decline written as %s', (text) => {
  it.each(flows.filter(([, machine]) => flowRouting(machine)))('goes to the bank advice of %s', (problem, machine) => {
    const bankAdvice = flowRouting(machine)!.routes['bank-restricted'];
    expect(startedWith(machine, problem, text).getSnapshot().value).toBe(bankAdvice);
    expect(bankAdvice).not.toBe('askingSymptom');
  });
});

describe('flowRouting', () => {
  const byProblem = new Map(flows);

  it('reads the payment-failed routes, its confirming question and its symptom list', () => {
    const routing = flowRouting(byProblem.get('payment-failed')!)!;
    expect(routing.routes['bank-restricted']).toBe('fixingBankDecline');
    expect(routing.routes['limit-exceeded']).toBe('askingAmountForLimit');
    expect(Object.keys(routing.routes).sort()).toEqual([...routedCauses].sort());
    expect(routing.confirm).toBe('confirmingCause');
    expect(routing.fallback).toBe('askingSymptom');
  });

  it('finds no diagnosis in the other flow', () => {
    expect(flowRouting(byProblem.get('other')!)).toBeUndefined();
    expect(destinationOf(undefined, classifyError('Do not honour (05)'))).toEqual({ kind: 'no-diagnosis' });
  });
});

describe('unroutedCauses', () => {
  /** A flow whose routes leave out the 05 decline and send a balance error to the generic list. */
  function flowWithGaps(): AnyStateMachine {
    const routes = Object.fromEntries(routedCauses.map((cause) => [cause, 'fixing'])) as Routes;
    delete (routes as Partial<Routes>)['bank-restricted'];
    routes['insufficient-balance'] = 'askingSymptom';
    return flowSetup.createMachine({
      id: 'gaps',
      initial: 'diagnosing',
      context: { locale: 'en', facts: { errorMessage: 'Do not honour (05)' }, transcript: [], fixesTried: [] } as never,
      states: {
        diagnosing: diagnose(routes, 'askingSymptom', 'confirmingCause'),
        confirmingCause: {},
        askingSymptom: {},
        fixing: {},
      },
    });
  }

  it('lists a recognised cause without a route, and one routed to the generic list', () => {
    const routing = flowRouting(flowWithGaps())!;
    expect(unroutedCauses(routing)).toEqual(['insufficient-balance', 'bank-restricted']);
  });

  it('says where such an error lands: the generic list', () => {
    const machine = flowWithGaps();
    const routing = flowRouting(machine)!;
    expect(destinationOf(routing, classifyError('Do not honour (05)'))).toEqual({
      kind: 'no-route',
      cause: 'bank-restricted',
      state: 'askingSymptom',
    });
    expect(createActor(machine).start().getSnapshot().value).toBe('askingSymptom');
  });
});
