import { parseAmount } from '../diagnose/amount.js';
import { classifyError } from '../diagnose/classify.js';
import { saysDontKnow } from '../diagnose/dont-know.js';
import { redactAcross } from '../diagnose/redact-across.js';
import { parseTimeQuickly } from '../diagnose/time-quick.js';
import type { Locale } from '../diagnose/types.js';
import { formatMoney } from './advice/money.js';
import type { AnswerKind, FlowEvent } from './context.js';
import { provideErrorReader } from './error-reading.js';

// A typed answer may be an error message: the flow reads it with the full classifier, which comes
// with this module (engine/error-reading.ts).
provideErrorReader(classifyError);

/** Longest answer kept; a paste longer than this is cut rather than refused. */
export const MAX_ANSWER_LENGTH = 2000;

type AnswerEvent = Extract<FlowEvent, { type: 'user.answer' }>;

/**
 * Turns what the user typed into the event the flow receives: secrets masked first, so nothing
 * raw reaches the machine, the log or storage; then read as the question's kind of answer.
 * Async because the natural-language time parser (chrono-node) loads only when first needed.
 */
export async function interpretAnswer(
  kind: AnswerKind,
  typed: string,
  locale: Locale,
  now: Date = new Date(),
  options: { confirmsOldTime?: boolean; earlier?: readonly string[] } = {},
): Promise<AnswerEvent> {
  // Masked together with the person's earlier answers: a card number typed in two halves is caught.
  const earlier = options.earlier ?? [];
  const across = redactAcross([...earlier, typed.slice(0, MAX_ANSWER_LENGTH).trim()]);
  const text = across.texts.at(-1)!;
  const found = across.found;
  const remask = earlier.flatMap((before, index) =>
    across.texts[index] === before ? [] : [{ from: before, to: across.texts[index]! }],
  );
  const masked = { ...(found.length > 0 ? { masked: found } : {}), ...(remask.length > 0 ? { remask } : {}) };
  if (!text) return { type: 'user.answer', text, understood: { ok: false, reason: 'empty' }, ...masked };
  // What is left of a masked secret ("•••• 1111") must not be read as an amount or a time.
  if (kind !== 'text' && found.length > 0) {
    return { type: 'user.answer', text, understood: { ok: false, reason: 'secret-not-an-answer' }, ...masked };
  }
  // "I don't remember" answers a time or an amount too: the flow moves on without it.
  if (kind !== 'text' && saysDontKnow(text)) {
    return { type: 'user.answer', text, understood: { ok: true, notRemembered: true }, ...masked };
  }
  switch (kind) {
    case 'amount': {
      const amount = parseAmount(text, locale);
      if (!amount.ok) return { type: 'user.answer', text, understood: amount, ...masked };
      const value = { value: amount.value, currency: amount.currency };
      // "大概 3": maybe money, maybe not. Asked back, with the amount offered as a quick answer.
      const understood = amount.needsConfirmation
        ? { ok: false as const, reason: 'unclear-amount', suggestion: formatMoney(value) }
        : { ok: true as const, value };
      return { type: 'user.answer', text, understood, ...masked };
    }
    case 'time': {
      // Chips, picker values and relative times need no natural-language parser: chrono-node
      // (about 18 KB gzip) loads only for a free-text time these cannot read.
      const time =
        parseTimeQuickly(text, locale, now) ?? (await import('../diagnose/time.js')).parseTime(text, locale, now);
      // A time long ago is more often a typo (wrong year) than the truth: it is taken once repeated.
      const unconfirmed = time.ok && time.needsConfirmation && !options.confirmsOldTime;
      const understood = unconfirmed
        ? { ok: false as const, reason: 'older-than-180-days' }
        : time.ok
          ? { ok: true as const, value: time.value }
          : time;
      return { type: 'user.answer', text, understood, ...masked };
    }
    case 'text':
      return { type: 'user.answer', text, understood: { ok: true, value: text }, ...masked };
  }
}
