/**
 * The "Save as test" button's work, from what the lab records: the widget's log (as transcript.ts
 * reads it, so card numbers and codes are already masked), the lab's setup and its event log.
 * The log's lines are walked through the engine back into turns (transcript-replay.ts) and the
 * file is built by save-test.ts.
 */
import type { ProblemId } from '../../src/shared/problems.js';
import type { HostContext } from '../../src/shared/host-attributes.js';
import type { Locale } from '../../src/shared/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import type { LogEntry } from './event-log.js';
import { savedTest, seenInEvents, type SaveResult } from './save-test.js';
import { readTranscript } from './transcript.js';
import { turnsFromLog } from './transcript-replay.js';

export interface LabSetup {
  /** The flow the conversation runs (the chart's); undefined while the problem is still asked. */
  flow?: ProblemId;
  locale: Locale;
  /** The lab started the widget without a problem: the person chose or described it. */
  asksProblem: boolean;
  host: HostContext;
}

/** The conversation in `widget` as a transcript file, or why it cannot be one. */
export async function saveConversation(
  widget: WalletSupport,
  setup: LabSetup,
  events: readonly LogEntry[],
  now = new Date(),
): Promise<SaveResult> {
  const lines = readTranscript(widget);
  if (!setup.flow || !lines.some((line) => line.from === 'user')) return { saved: false, why: 'nothing' };
  const start = { flow: setup.flow, locale: setup.locale, asksProblem: setup.asksProblem, host: setup.host };
  const { ticketSent, ...seen } = seenInEvents(events);
  const { turns, replayed } = await turnsFromLog(lines, start, { sentTicket: ticketSent });
  return savedTest({ start, recorded: now, turns, replayed, seen });
}
