/**
 * How much of a corpus the classifier gets right, as the README reports it: the share of messages
 * given the cause a support agent would give, and which ones it misses.
 */
import { classifyError } from '../../../../src/diagnose/index.js';
import type { ErrorCase } from './error-messages.js';

export interface Accuracy {
  correct: number;
  total: number;
  /** correct / total, 0..1. */
  rate: number;
  misses: string[];
}

export function classifierAccuracy(corpus: readonly ErrorCase[]): Accuracy {
  const misses = corpus
    .filter((c) => classifyError(c.text, c.code).cause !== c.cause)
    .map(
      (c) =>
        `${c.text}${c.code === undefined ? '' : ` [code ${c.code}]`} → ${classifyError(c.text, c.code).cause}, expected ${c.cause}`,
    );
  const total = corpus.length;
  return { correct: total - misses.length, total, rate: (total - misses.length) / total, misses };
}

export const percent = ({ correct, total, rate }: Accuracy) => `${(rate * 100).toFixed(1)}% (${correct}/${total})`;
