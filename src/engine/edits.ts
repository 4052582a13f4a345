import type { Facts, TicketEdits } from './context.js';

/** The facts after the ticket form: undefined leaves a fact as it was, null removes it. */
export function withEdits(facts: Facts, edits: TicketEdits): Facts {
  const next: Record<string, unknown> = { ...facts };
  for (const [key, value] of Object.entries(edits)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as Facts;
}
