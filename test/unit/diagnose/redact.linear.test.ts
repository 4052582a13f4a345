/**
 * The redactor on a pasted megabyte built to stall it. Vitest's 5 s timeout is the guard: every
 * pattern is linear and this takes well under a second, while a quadratic scan on 1 MB takes
 * minutes. How fast it is goes to `npm run bench` (bench/redact.bench.ts), not here.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/diagnose/index.js';
import { redactAcross } from '../../../src/diagnose/redact-across.js';
import { adversarialPaste, adversarialPasteMasked, adversarialPieces } from './corpus/adversarial-paste.js';

describe('redact on a 1 MB adversarial paste', () => {
  it('is a megabyte of it', () => {
    expect(adversarialPaste.length).toBeGreaterThan(2 ** 20 * 0.95);
  });

  it('masks every secret in it and changes nothing else', () => {
    const result = redact(adversarialPaste);
    expect(result.found).toEqual(['pin', 'card-number', 'cvv', 'sms-code']);
    // Compared piece by piece, so a failure names the piece and not a megabyte of text.
    const pieces = result.text.split('\n。\n');
    expect(pieces).toHaveLength(adversarialPieces.length);
    adversarialPieces.forEach((piece, i) =>
      expect(pieces[i] === piece.masked, `piece ${i}: ${piece.text.slice(0, 40)}…`).toBe(true),
    );
    expect(result.text === adversarialPasteMasked).toBe(true);
  });

  it('masks it the same when it is spread over messages', () => {
    // Each message ends in a full stop, as the pieces of the paste do: nothing runs on between them.
    const result = redactAcross(adversarialPieces.map((piece) => `${piece.text}。`));
    expect(result.texts.map((text, i) => text === `${adversarialPieces[i]!.masked}。`)).toEqual(
      adversarialPieces.map(() => true),
    );
  });
});
