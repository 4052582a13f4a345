/** What the redactor's detectors report, and how found secrets are written over the text. */
import type { RedactedKind } from './types.js';

export const MASK = '••••';

/** A secret at [start, end) of a text, and what replaces it. */
export interface Span {
  start: number;
  end: number;
  replacement: string;
  kind: RedactedKind;
  /** Kinds of the secrets that overlapped this one and are masked with it. */
  alsoHides?: RedactedKind[];
}

/**
 * The spans that are masked, in text order, none overlapping. Where two overlap, the one that
 * starts first (at the same start, the earlier detector: ID number, card number, CVV, SMS code,
 * PIN and password) gives the replacement, and it covers both: "pwd是x4111 1111 1111 1111" masks
 * the password token "x4111" and the rest of the card with it, not just the token.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  const ordered = spans
    .map((span, order) => ({ span, order }))
    .sort((a, b) => a.span.start - b.span.start || a.order - b.order);
  const kept: Span[] = [];
  for (const { span } of ordered) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) {
      kept.push({ ...span });
      continue;
    }
    // One inside the other is the same secret read two ways ("PIN: 4111 1111 …" is a card).
    if (span.end <= last.end) continue;
    last.end = span.end;
    if (span.kind !== last.kind && !last.alsoHides?.includes(span.kind))
      last.alsoHides = [...(last.alsoHides ?? []), span.kind];
  }
  return kept;
}

/** `text` with each span written over; spans must be resolved (ordered, not overlapping). */
export function writeOver(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Each kind once, in text order. */
export function kindsOf(spans: readonly Span[]): RedactedKind[] {
  const found: RedactedKind[] = [];
  for (const span of spans) {
    for (const kind of [span.kind, ...(span.alsoHides ?? [])]) if (!found.includes(kind)) found.push(kind);
  }
  return found;
}
