/**
 * The host's own error code, when it settles the cause by itself: as sure as the classifier gets,
 * with no phrase to read. Apart from classify.ts so a conversation whose host passed such a code
 * (a checkout's "51") never downloads the phrase lists (docs/decisions/0021).
 */
import { lookupCode, type CodeCause } from './codes.js';
import { toMatchText, type MatchText } from './match-text.js';
import type { Classification } from './types.js';

/** The host passed the code itself: as sure as this module gets. */
export const EXPLICIT_CODE = 0.95;

const adyenMention = /adyen|refusal\s*reason/;

/** Adyen's refusal reason numbers overlap ISO 8583's: they apply only when the message names Adyen. */
export function mentionsAdyen(message: MatchText): boolean {
  return adyenMention.test(message.codes);
}

/** What the host's code means, read as Adyen's when the message names Adyen. */
export function hostCodeMeaning(code: string | undefined, adyen: boolean): CodeCause | undefined {
  return code?.trim() ? lookupCode(toMatchText(code.trim()).codes, adyen) : undefined;
}

/**
 * The cause when the host's code names one for certain (not "unknown", not a guess such as
 * generic_decline); undefined when the message must be read. The host's code wins over the
 * message: it came from the payment system, not from a retyped message.
 */
export function classifyByHostCode(text: string, code?: string): Classification | undefined {
  if (typeof code !== 'string' || !code.trim()) return undefined;
  try {
    const explicit = hostCodeMeaning(code, mentionsAdyen(toMatchText(typeof text === 'string' ? text : '')));
    if (!explicit || explicit.cause === 'unknown' || explicit.confidence !== undefined) return undefined;
    return { cause: explicit.cause, confidence: EXPLICIT_CODE, matched: code.trim() };
  } catch {
    return undefined;
  }
}
