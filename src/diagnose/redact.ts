/**
 * Masks what must never be kept (docs/contract.md "The Ticket", docs/reliability.md D1-D4): card numbers
 * to their last four, CVV/CVC, SMS codes, PINs, passwords and resident ID numbers. Runs on every
 * answer and every error string before it is shown, stored or sent.
 *
 * Secrets are searched for in a normalised copy of the text (redact-normalise.ts), however they are
 * written: zero-width characters or soft hyphens between the digits, full-width, Arabic-Indic,
 * Devanagari or any other decimal digits, dots or several spaces between the groups. They are
 * masked in the original, so nothing of the secret survives in any script. The detectors live in
 * redact-cards.ts and redact-keywords.ts; all of them run in linear time.
 */
import { isResidentIdNumber } from './checksums.js';
import { cardNumberSpans } from './redact-cards.js';
import { cvvSpans, secretSpans, smsCodeSpans } from './redact-keywords.js';
import { normalise, originalRange } from './redact-normalise.js';
import { kindsOf, MASK, resolveOverlaps, writeOver, type Span } from './redact-span.js';
import type { Redaction } from './types.js';

export { MASK } from './redact-span.js';

/**
 * A resident ID number: 6 digits of region, a birth year 19xx or 20xx, 9 more digits, a check
 * character; one space or dash at most between characters (it is printed as one block). The
 * year's first two digits are in the pattern so that long digit runs are not all checksummed.
 */
const idNumber = /(?<!\d)[1-9](?:[\s\-]?\d){5}[\s\-]?[12][\s\-]?[09](?:[\s\-]?\d){9}[\s\-]?[\dXx](?![\dA-Za-z])/g;

/** Never throws; text without secrets comes back unchanged, as the same string. */
export function redact(text: string): Redaction {
  if (typeof text !== 'string' || text === '') return { text: typeof text === 'string' ? text : '', found: [] };
  try {
    const spans = findSecrets(text);
    return { text: writeOver(text, spans), found: kindsOf(spans) };
  } catch {
    // Failing closed: if masking itself breaks, nothing of the text may pass.
    return { text: MASK, found: [] };
  }
}

/**
 * Every secret in `text`, as spans of the original text: in text order, not overlapping. Exported
 * for redactAcross (redact-across.ts), which masks secrets split over several messages.
 */
export function findSecrets(text: string): Span[] {
  const normalised = normalise(text);
  const found = [
    ...idNumberSpans(normalised.text),
    ...cardNumberSpans(normalised.text),
    ...cvvSpans(normalised.text),
    ...smsCodeSpans(normalised.text),
    ...secretSpans(normalised.text),
  ];
  const spans = resolveOverlaps(found).map((span) => {
    const [start, end] = originalRange(normalised, span.start, span.end);
    return { ...span, start, end };
  });
  // Masking must change the text: a span already written as its mask ("•••• 1111" after "PIN:") is not news.
  return spans.filter((span) => text.slice(span.start, span.end) !== span.replacement);
}

function idNumberSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(idNumber)) {
    const id = match[0].replace(/[^\dXx]/g, '').toUpperCase();
    if (!isResidentIdNumber(id)) continue;
    // Nothing of an ID number is kept: unlike a card's last four, no part of it helps support.
    spans.push({ start: match.index, end: match.index + match[0].length, replacement: MASK, kind: 'id-number' });
  }
  return spans;
}
