import type { CauseId, Classification } from '../../src/diagnose/types.js';

/**
 * Stands in for the real error classifier in the path tests, so every diagnosis route, confident
 * or only suspected, is reachable whatever phrases the classifier's tables know today. An error
 * message "cause:network@0.5" classifies as network with confidence 0.5; anything else as unknown.
 */
export function fakeClassifyError(text: string): Classification {
  const match = /cause:([a-z-]+)@([\d.]+)/.exec(text);
  if (!match) return { cause: 'unknown', confidence: 0 };
  return { cause: match[1] as CauseId, confidence: Number(match[2]) };
}

export function sampleError(cause: CauseId, confidence: number): string {
  return `cause:${cause}@${confidence}`;
}
