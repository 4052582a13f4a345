/**
 * Looks up one error code, whichever system it comes from: "51", "05", "ACQ.SYSTEM_ERROR",
 * "insufficient_funds", "NOTENOUGH", "20000"; Adyen's refusalReasonCode when `adyen` is set.
 */
import { adyenRefusalCodes, codeFamilies, isoResponseCodes, namedCodes } from './error-codes.js';
import type { CodeMeaning } from './error-codes.js';
import type { CauseId } from './types.js';

export interface CodeCause {
  readonly cause: CauseId;
  /** Set for codes whose cause is only a best guess (generic_decline). */
  readonly confidence?: number;
}

const named = new Map<string, CodeMeaning>(Object.entries(namedCodes));

function toCause(meaning: CodeMeaning | undefined): CodeCause | undefined {
  if (meaning === undefined) return undefined;
  return typeof meaning === 'string' ? { cause: meaning } : meaning;
}

/** `code` is already NFKC-folded and lower case. */
export function lookupCode(code: string, adyen: boolean): CodeCause | undefined {
  const token = code.replace(/^[\s[("']+|[\s\])"'.,;:]+$/g, '');
  const numeric = /^(?:rc|e|err)?(\d{1,2})$/.exec(token);
  if (numeric) {
    const digits = numeric[1]!;
    if (adyen) return toCause(adyenRefusalCodes[String(Number(digits))]);
    return toCause(isoResponseCodes[digits.padStart(2, '0')]);
  }
  const exact = named.get(token);
  if (exact !== undefined) return toCause(exact);
  if (token.includes('_')) {
    for (const { part, cause } of codeFamilies) if (token.includes(part)) return { cause };
  }
  return undefined;
}
