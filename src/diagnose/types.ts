/**
 * Shared vocabulary of the DOM-free understanding layer. Everything here is plain data so the
 * module can be imported in Node, in workers and by the flows alike.
 */

/** Every cause the widget can diagnose (see docs/contract.md "Problem types and causes"). */
export const causeIds = [
  'network',
  'insufficient-balance',
  'limit-exceeded',
  'verification-failed',
  'merchant-unsupported',
  'maintenance',
  'card-info-invalid',
  'bank-restricted',
  'account-incomplete',
  'already-registered',
  'device-unsupported',
  'card-expired-or-locked',
  'risk-control',
  'duplicate-charge',
  // Not a failure yet: the payment waits for the person (WeChat Pay USERPAYING, 用户支付中).
  'payment-pending',
  'unknown',
] as const;

export type CauseId = (typeof causeIds)[number];

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && (causeIds as readonly string[]).includes(value);
}

export interface Classification {
  cause: CauseId;
  /** 0..1; the flows confirm with the user below {@link CONFIDENT}. */
  confidence: number;
  /** The code or phrase that decided it, as found in the input. */
  matched?: string;
  /** A response code found in the text ("Do not honor (05)" → "05"), for the ticket's error code. */
  code?: string;
}

/** Confidence at or above which a flow goes straight to the cause's fix without confirming. */
export const CONFIDENT = 0.7;

/**
 * Why an answer was not understood. Stable codes, not sentences: the i18n layer turns them into
 * something the bot can say in the user's language.
 */
export type AmountRejection =
  'empty' | 'not-an-amount' | 'zero' | 'negative' | 'too-large' | 'ambiguous' | 'unsupported-currency';

export type TimeRejection = 'empty' | 'not-a-time' | 'future' | 'ambiguous';

export type AmountResult =
  | {
      ok: true;
      value: string;
      currency: string;
      /**
       * Set when the text might be money but does not say so ("3", "大概 3 个"): the flow asks
       * "Did you mean ¥3.00?" before it keeps the amount.
       */
      needsConfirmation?: 'unclear-amount';
    }
  | { ok: false; reason: AmountRejection };

export type TimeResult =
  | {
      ok: true;
      /** ISO 8601 with the user's offset, e.g. "2026-11-26T15:00:00+08:00". */
      value: string;
      /** Set when the time is more than 180 days ago: the flow asks the user to confirm it. */
      needsConfirmation?: 'older-than-180-days';
    }
  | { ok: false; reason: TimeRejection };

export interface Redaction {
  text: string;
  /** What kinds of secret were masked, e.g. ["card-number", "cvv"]; empty when nothing was. */
  found: RedactedKind[];
}

export type RedactedKind = 'card-number' | 'cvv' | 'sms-code' | 'pin' | 'password' | 'id-number';

export type { Locale } from '../shared/types.js';
