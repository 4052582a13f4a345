/**
 * How long redact() takes on a pasted megabyte built to stall it (test/unit/diagnose/corpus/
 * adversarial-paste.ts: digit runs, keywords with nothing after them, "a@" repeated, real secrets).
 * Target: under 100 ms, so every pattern is linear; a quadratic one takes minutes on this input.
 * Run: npx vitest bench --run bench/redact.bench.ts
 */
import { bench, describe } from 'vitest';
import { redact } from '../src/diagnose/index.js';
import { adversarialPaste } from '../test/unit/diagnose/corpus/adversarial-paste.js';

describe(`redact over a ${(adversarialPaste.length / 2 ** 20).toFixed(1)} MB adversarial paste`, () => {
  bench('the whole paste in one call (target < 100 ms)', () => {
    redact(adversarialPaste);
  });

  bench('an answer at the input cap (2,000 characters of it)', () => {
    redact(adversarialPaste.slice(-2000));
  });
});
