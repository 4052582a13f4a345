/**
 * How the flows' `classifyError` action (flow-setup.ts) reads a payment error. A host's code that
 * settles the cause is read here, at once (diagnose/classify-code.ts). A message needs the full
 * classifier, every wallet's and bank's phrases in both scripts (about 8 KB gzip): it comes with
 * the reading of typed answers (interpret.ts, which hands it over when it loads), and the session
 * loads that before a flow starts with an error the code does not settle and before it sends any
 * typed answer (docs/decisions/0021). A checkout that passes "51" never downloads it.
 */
import { classifyByHostCode } from '../diagnose/classify-code.js';
import type { Classification } from '../diagnose/types.js';

type ErrorReader = (text: string, code?: string) => Classification;

let fullReader: ErrorReader | undefined;

/** Loads the full classifier: it comes with the reading of typed answers (interpret.ts). */
export async function loadErrorReader(): Promise<void> {
  await import('./interpret.js');
}

/** Called once by interpret.ts, whose chunk carries the full classifier. */
export function provideErrorReader(reader: ErrorReader): void {
  fullReader = reader;
}

/** True when these facts hold an error only the full classifier can read, and it is not here yet. */
export function needsFullReader(facts: { errorMessage?: string; errorCode?: string }): boolean {
  const { errorMessage = '', errorCode } = facts;
  if (fullReader || (!errorMessage && !errorCode)) return false;
  return classifyByHostCode(errorMessage, errorCode) === undefined;
}

export function readError(text: string, code?: string): Classification {
  if (fullReader) return fullReader(text, code);
  const settled = classifyByHostCode(text, code);
  if (settled) return settled;
  // Never a guess: a message read without its phrases would send the person down the wrong path.
  throw new Error('A payment error was read before its classifier loaded (engine/error-reading.ts)');
}
