/**
 * Secrets split over several messages: "4111 1111" then "1111 1111" is one card number, though
 * each half alone is just a number (issue 13). redact() sees one message at a time; this sees the
 * user's messages in order, as one text with a line break between them, so a card whose digits
 * end one message and start the next is found as one run (Luhn-valid, or after a card keyword),
 * and so is a "PIN:" whose value came in the next message.
 */
import { findSecrets } from './redact.js';
import { kindsOf, MASK, writeOver, type Span } from './redact-span.js';
import type { RedactedKind } from './types.js';

export interface RedactionAcross {
  /** Each message redacted, on its own and together with its neighbours. */
  texts: string[];
  /** The kinds of secret masked, each once, in order. */
  found: RedactedKind[];
}

const BETWEEN = '\n';

/**
 * Redacts `texts` (consecutive messages of one person, oldest first) as one conversation. A secret
 * split over messages is masked in each of them: the last part carries the mask ("•••• 1111"),
 * the earlier parts become "••••". Messages already redacted one by one come back unchanged unless
 * something spans them. Never throws.
 */
export function redactAcross(texts: readonly string[]): RedactionAcross {
  try {
    const joined = texts.join(BETWEEN);
    const starts: number[] = [];
    let at = 0;
    for (const text of texts) {
      starts.push(at);
      at += text.length + BETWEEN.length;
    }
    const spans = preferWholeCards(findSecrets(withoutDatesAndTimes(joined)), texts, starts, joined);
    const perText: Span[][] = texts.map(() => []);
    // Spans come in text order, so the message a span starts in only moves forward.
    let first = 0;
    for (const span of spans) {
      while (starts[first]! + texts[first]!.length <= span.start) first++;
      for (let i = first; i < texts.length && starts[i]! < span.end; i++) {
        const end = starts[i]! + texts[i]!.length;
        const from = Math.max(span.start, starts[i]!) - starts[i]!;
        const to = Math.min(span.end, end) - starts[i]!;
        if (from >= to) continue;
        perText[i]!.push({ ...span, start: from, end: to, replacement: span.end <= end ? span.replacement : MASK });
      }
    }
    return { texts: texts.map((text, i) => writeOver(text, perText[i]!)), found: kindsOf(spans) };
  } catch {
    // Failing closed, as redact() does.
    return { texts: texts.map(() => MASK), found: [] };
  }
}

/**
 * Dates ("2025-10-29", "2025.10.29", "2025/10/29") and the minutes and seconds of clock times
 * ("10:00"), their digits turned into letters: they say when something happened, and are not
 * part of a card number. Without this, a date or time answered twice (the widget asks again about
 * one more than 180 days ago) joined into a run of 12-16 digits ("2025-10-29⏎2025-10-29",
 * "00⏎2025-10-29 10") that passes Luhn on about one day in ten, and the person was told their date
 * was a secret. The letters keep every position, so spans still point into the real text.
 */
const DATE = /(?<!\d)(?:19|20)\d{2}([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/g;
const CLOCK_MINUTES = /(?<=\d[:：])\d{2}(?!\d)/g;
const withoutDatesAndTimes = (text: string) =>
  text.replace(DATE, (date) => date.replace(/\d/g, 'd')).replace(CLOCK_MINUTES, 'mm');

const digitsIn = (text: string) => text.replace(/\P{Nd}/gu, '').length;

/**
 * A span read across messages is a guess: "5100" ending one answer and a whole card in the next
 * join into a Luhn-valid run that starts too early and leaves the card's last group showing. Such
 * a span gives way to the cards found inside single messages that overlap it, when one of them
 * is at least as long; a card typed in two halves (no whole card in either message) keeps it.
 */
function preferWholeCards(spans: Span[], texts: readonly string[], starts: number[], joined: string): Span[] {
  const crosses = (span: Span) => starts.some((start) => start > span.start && start < span.end);
  const within = texts.flatMap((text, i) =>
    findSecrets(text)
      .filter((span) => span.kind === 'card-number')
      .map((span) => ({ ...span, start: span.start + starts[i]!, end: span.end + starts[i]! })),
  );
  const length = (span: Span) => digitsIn(joined.slice(span.start, span.end));
  const chosen = spans.flatMap((span) => {
    if (span.kind !== 'card-number' || !crosses(span)) return [span];
    const rivals = within.filter((card) => card.start < span.end && card.end > span.start);
    return rivals.some((card) => length(card) >= length(span)) ? rivals : [span];
  });
  // In text order, without overlaps: the message a span starts in only moves forward.
  const ordered = chosen.sort((a, b) => a.start - b.start);
  return ordered.filter((span, i) => i === 0 || span.start >= ordered[i - 1]!.end);
}
