/**
 * What the lab's error sandbox shows for a pasted message (demo/lab/error-report.ts), with the
 * real classifier and the real flows: the cause, the hints and where each flow sends it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../flows/index.js';
import { explainError } from '../../../src/diagnose/explain.js';
import { problemIds } from '../../../src/shared/problems.js';
import { errorReport, markedSegments, routingGaps, sandboxFlow } from '../../../demo/lab/error-report.js';

const flows = await Promise.all(problemIds.map(async (problem) => sandboxFlow(problem, await loadFlow(problem))));

/** Each flow's destination in a line: "route → fixingBalance (outcome)". */
const destinationsOf = (report: ReturnType<typeof errorReport>) =>
  Object.fromEntries(
    report.flows.map(({ problem, destination, kind }) => [
      problem,
      'state' in destination ? `${destination.kind} → ${destination.state} (${kind})` : destination.kind,
    ]),
  );

describe('errorReport', () => {
  it('names the 05 decline, marks its phrase and code, and sends it to each flow’s bank advice', () => {
    const report = errorReport('Do not honour (05)', '', flows);
    expect(report.verdict).toBe('confident');
    expect(report.explanation.classification).toMatchObject({ cause: 'bank-restricted', confidence: 0.95 });
    expect(report.segments).toEqual([
      { text: 'Do not honour', hints: [0], masked: false },
      { text: ' (', hints: [], masked: false },
      { text: '05', hints: [1], masked: false },
      { text: ')', hints: [], masked: false },
    ]);
    expect(destinationsOf(report)).toEqual({
      'payment-failed': 'route → fixingBankDecline (outcome)',
      'card-binding-failed': 'route → fixingBankRestriction (outcome)',
      'activation-failed': 'route → fixingBankCard (outcome)',
      'top-up-failed': 'route → fixingBankRestriction (outcome)',
      'bank-wallet-payment-failed': 'route → fixingBankDecline (outcome)',
      'funds-missing': 'route → explainingFailedPayment (explain)',
      other: 'no-diagnosis',
    });
    // Typed as the very first message, the triage cannot tell which problem it is.
    expect(report.triage).toBeUndefined();
  });

  it('reads a Traditional balance error with its code', () => {
    const report = errorReport('餘額不足 (51)', '', flows);
    expect(report.explanation.classification.cause).toBe('insufficient-balance');
    expect(report.evidence.map((hint) => [hint.kind, hint.shown])).toEqual([
      ['phrase', '餘額不足'],
      ['code', '51'],
    ]);
    const destinations = destinationsOf(report);
    expect(destinations['payment-failed']).toEqual('route → fixingBalance (outcome)');
    expect(destinations['top-up-failed']).toEqual('route → fixingBankBalance (outcome)');
  });

  it('shows a suspected cause going to the confirming question first', () => {
    const report = errorReport('Declined', '', flows);
    expect(report.verdict).toBe('suspected');
    const payment = report.flows.find((flow) => flow.problem === 'payment-failed')!;
    expect(payment).toMatchObject({
      destination: { kind: 'confirm', state: 'confirmingCause', then: 'fixingBankDecline' },
      kind: 'choice',
      thenKind: 'outcome',
    });
  });

  it('sends what it cannot read to each flow’s symptom list', () => {
    const report = errorReport('Something went wrong', '', flows);
    expect(report.verdict).toBe('not-recognised');
    expect(report.flows.find((flow) => flow.problem === 'payment-failed')!.destination).toEqual({
      kind: 'not-recognised',
      state: 'askingSymptom',
    });
  });

  it('weighs the code the page passed', () => {
    const report = errorReport('Declined', '51', flows);
    expect(report.explanation.hostCodeWins).toBe(true);
    expect(report.evidence[0]).toMatchObject({ kind: 'host-code', shown: '51', decided: true });
    expect(report.explanation.classification.cause).toBe('insufficient-balance');
  });

  it('never shows a card number pasted with the error', () => {
    const message = '余额不足，卡号 6222 0212 3456 7890 128';
    const report = errorReport(message, '', flows);
    const shown = report.segments.map((segment) => segment.text).join('');
    expect(shown).not.toMatch(/6222|3456 7890/);
    expect(report.segments.some((segment) => segment.masked)).toBe(true);
    expect(report.explanation.classification.cause).toBe('insufficient-balance');
  });

  it('says which flow the triage opens when the words name a problem', () => {
    expect(errorReport('my payment failed: do not honour (05)', '', flows).triage).toBe('payment-failed');
    expect(errorReport('', '', flows).triage).toBeUndefined();
  });
});

describe('routingGaps', () => {
  it('finds no recognised cause without a route in any flow that diagnoses', () => {
    expect(routingGaps(flows)).toEqual(
      problemIds.map((problem) => (problem === 'other' ? { problem } : { problem, unrouted: [] })),
    );
  });

  it('lists the causes a flow leaves out', () => {
    const paymentFailed = flows.find((flow) => flow.problem === 'payment-failed')!;
    const routes = { ...paymentFailed.routing!.routes };
    delete routes['bank-restricted'];
    const gappy = { ...paymentFailed, routing: { ...paymentFailed.routing!, routes } };
    expect(routingGaps([gappy])).toEqual([{ problem: 'payment-failed', unrouted: ['bank-restricted'] }]);
    expect(errorReport('Do not honour (05)', '', [gappy]).flows[0]!.destination).toEqual({
      kind: 'no-route',
      cause: 'bank-restricted',
      state: 'askingSymptom',
    });
  });
});

describe('markedSegments', () => {
  it('gives back the whole text, cut at every hint, when there is no secret', () => {
    const pieces = fc.constantFrom('余额不足', '(51)', '05', 'do not honour', '網路逾時', '㈱', ' ', 'NOTENOUGH', 'x');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const { evidence } = explainError(text);
        const segments = markedSegments(text, evidence, []);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        for (const [index, hint] of evidence.entries()) {
          const marked = segments.filter((segment) => segment.hints.includes(index));
          expect(marked.map((segment) => segment.text).join('')).toBe(hint.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('replaces a secret by its mask, hint and all', () => {
    const segments = markedSegments('ab 1234 cd', [{ span: [3, 5] }], [{ start: 3, end: 7, replacement: '••••' }]);
    expect(segments).toEqual([
      { text: 'ab ', hints: [], masked: false },
      { text: '••••', hints: [], masked: true },
      { text: ' cd', hints: [], masked: false },
    ]);
  });
});
