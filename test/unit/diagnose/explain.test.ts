/**
 * The lab's explanation of a classification (src/diagnose/explain.ts): it must tell the story
 * classifyError actually followed, for every message of the corpus and for any text at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyError } from '../../../src/diagnose/classify.js';
import { explainError, type ErrorExplanation } from '../../../src/diagnose/explain.js';
import { errorMessages } from './corpus/error-messages.js';
import { traditionalErrorMessages } from './corpus/traditional-error-messages.js';

const corpus = [...errorMessages, ...traditionalErrorMessages];

/** What an explanation must agree on with the classifier, whatever the text. */
function expectConsistent(explanation: ErrorExplanation, text: string, code?: string) {
  const { classification, evidence, confidence } = explanation;
  expect(classification).toEqual(classifyError(text, code));
  for (const hint of evidence) {
    if (hint.span) expect(text.slice(...hint.span)).toBe(hint.text);
    else expect(hint.kind).toBe('host-code');
  }
  const decided = evidence.filter((hint) => hint.decided);
  if (classification.matched === undefined) expect(decided).toEqual([]);
  else {
    expect(decided).toHaveLength(1);
    expect(decided[0]!.text).toBe(classification.matched);
    expect(decided[0]!.cause).toBe(classification.cause);
  }
  if (classification.cause === 'unknown') expect(confidence).toBeUndefined();
  else expect(confidence?.result).toBe(classification.confidence);
}

describe('explainError', () => {
  it.each(corpus.map((c) => [c.code === undefined ? c.text : `${c.text} [code ${c.code}]`, c] as const))(
    'tells the classifier’s story for %s',
    (_, { text, code }) => expectConsistent(explainError(text, code), text, code),
  );

  it('shows where the code is in an English decline, and what it means', () => {
    const { classification, evidence, confidence } = explainError('Do not honour (05)');
    expect(classification).toMatchObject({ cause: 'bank-restricted', matched: '05' });
    expect(evidence).toEqual([
      {
        cause: 'bank-restricted',
        confidence: 0.85,
        kind: 'phrase',
        text: 'Do not honour',
        span: [0, 13],
        decided: false,
      },
      { cause: 'bank-restricted', confidence: 0.9, kind: 'code', text: '05', span: [15, 17], decided: true },
    ]);
    // The phrase and the code agree: 0.9 and 0.05 for the agreement.
    expect(confidence).toEqual({ base: 0.9, agreement: 0.05, result: 0.95 });
  });

  it('finds Traditional phrasing in the text as the person typed it', () => {
    const { classification, evidence } = explainError('餘額不足 (51)');
    expect(classification.cause).toBe('insufficient-balance');
    expect(evidence.map((hint) => [hint.kind, hint.text, hint.span])).toEqual([
      ['phrase', '餘額不足', [0, 4]],
      ['code', '51', [6, 8]],
    ]);
  });

  it('maps places back to the input where full-width characters change the length', () => {
    // "㈱" folds to three characters: every later offset moves in the normalised text, not in the input.
    const text = '㈱ 错误码：５１';
    const { evidence } = explainError(text);
    const code = evidence.find((hint) => hint.kind === 'code')!;
    expect(code.text).toBe('５１');
    expect(text.slice(...code.span!)).toBe('５１');
  });

  it('says when the page’s own code decided and the text was not weighed', () => {
    const explanation = explainError('Declined (05)', '51');
    expect(explanation.hostCodeWins).toBe(true);
    expect(explanation.evidence[0]).toMatchObject({ kind: 'host-code', text: '51', decided: true });
    expect(explanation.confidence).toEqual({ base: 0.95, result: 0.95 });
    expectConsistent(explanation, 'Declined (05)', '51');
  });

  it('names the runner-up that lowered the confidence', () => {
    const text = '余额不足，网络超时';
    const explanation = explainError(text);
    expectConsistent(explanation, text);
    expect(explanation.confidence?.conflict?.factor).toBe(0.75);
    expect(explanation.confidence?.conflict?.with).not.toBe(explanation.classification.cause);
  });

  it('finds nothing in a message that names no cause', () => {
    const explanation = explainError('Something went wrong');
    expect(explanation.classification.cause).toBe('unknown');
    expect(explanation.evidence.filter((hint) => hint.cause !== 'unknown')).toEqual([]);
  });

  it('agrees with the classifier on any text and code, and never throws', () => {
    const pieces = fc.constantFrom(
      '余额不足',
      '(51)',
      '05',
      'do not honour',
      '網路逾時',
      '㈱',
      'ＡＢ',
      ' ',
      '错误码：',
      'NOTENOUGH',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 6 }).map((parts) => parts.join('')),
        fc.option(fc.oneof(fc.constantFrom('05', '51', '94', 'adyen', ''), fc.string({ maxLength: 4 })), {
          nil: undefined,
        }),
        (text, code) => expectConsistent(explainError(text, code), text, code),
      ),
      { numRuns: 300 },
    );
  });
});
