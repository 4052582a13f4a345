/**
 * "Save as test": the conversation in the lab's widget, as a transcript file for test/transcripts/
 * (transcript-file.ts). Built from what the lab records (its setup, the log's lines read back into
 * turns by transcript-replay.ts, the state the widget rests in and the cause its events named),
 * and written as transcript-text.ts prints it.
 * Pure: no DOM, no clock, no engine.
 */
import { hostAttributes, type HostContext } from '../../src/shared/host-attributes.js';
import type { WalletSupportEventMap } from '../../src/widget/events.js';
import type { LogEntry } from './event-log.js';
import type { ConversationStart, Replayed } from './transcript-replay.js';
import {
  PATH_SEPARATOR,
  TRANSCRIPT_FORMAT,
  type HostAttributes,
  type TranscriptFile,
  type Turn,
} from './transcript-file.js';
import { transcriptText } from './transcript-text.js';

export interface LabConversation {
  start: ConversationStart;
  /** When it was saved: the replay's "now". */
  recorded: Date;
  turns: Turn[];
  /** The same turns walked through the engine (transcript-replay.ts `turnsFromLog`). */
  replayed: Replayed;
  /** What the lab saw: the state the widget rests in, and the cause a resolved or ticket event named. */
  seen: { state?: string; cause?: string };
}

export type SaveResult =
  | { saved: true; file: TranscriptFile; name: string; text: string }
  /** `nothing`: the person has not said anything yet. `differs`: the turns do not lead where the widget is. */
  | { saved: false; why: 'nothing' | 'differs'; detail?: string };

type Detail<K extends keyof WalletSupportEventMap> = WalletSupportEventMap[K]['detail'];

/**
 * Where the lab's event log (newest first) says the conversation is: the state of the last
 * `wallet-support-step`, and what the events that ended it said (they follow that step).
 */
export function seenInEvents(events: readonly LogEntry[]): LabConversation['seen'] & { ticketSent: boolean } {
  const seen: LabConversation['seen'] & { ticketSent: boolean } = { ticketSent: false };
  for (const event of events) {
    if (event.type === 'wallet-support-step') {
      seen.state = (event.detail as Detail<'wallet-support-step'>).state;
      break;
    }
    if (event.type === 'wallet-support-resolved')
      seen.cause = (event.detail as Detail<'wallet-support-resolved'>).cause;
    if (event.type === 'wallet-support-ticket') {
      seen.cause = (event.detail as Detail<'wallet-support-ticket'>).ticket.cause;
      seen.ticketSent = true;
    }
  }
  return seen;
}

/** The host's context by attribute name, without the fields left empty. */
function attributesOf(host: HostContext): HostAttributes {
  const attributes: HostAttributes = {};
  for (const [property, name] of Object.entries(hostAttributes)) {
    const value = host[property as keyof HostContext]?.trim();
    if (value) attributes[name] = value;
  }
  return attributes;
}

/** The file for a conversation, or why it cannot be one. */
export function savedTest(conversation: LabConversation): SaveResult {
  const { start, replayed, seen, turns } = conversation;
  if (turns.length === 0) return { saved: false, why: 'nothing' };
  const endsElsewhere = seen.state !== undefined && seen.state !== replayed.state;
  const otherCause = seen.cause !== undefined && seen.cause !== replayed.cause;
  if (replayed.stopped || endsElsewhere || otherCause) {
    const detail =
      replayed.stopped ??
      `the widget is at ${seen.state} (${seen.cause ?? 'no cause yet'}), the replay at ${replayed.state} (${replayed.cause})`;
    return { saved: false, why: 'differs', detail };
  }
  const file: TranscriptFile = {
    format: TRANSCRIPT_FORMAT,
    title: `${start.flow} in ${start.locale}: ends at ${replayed.state} (${replayed.cause})`,
    flow: start.flow,
    locale: start.locale,
    ...(start.asksProblem ? { asksProblem: true } : {}),
    recorded: conversation.recorded.toISOString(),
    host: attributesOf(start.host),
    turns,
    expect: { state: replayed.state, cause: replayed.cause, path: replayed.path.join(PATH_SEPARATOR) },
  };
  const stamp = file.recorded.slice(0, 19).replace(/:/g, '-');
  return {
    saved: true,
    file,
    name: `${file.flow}.${file.locale}.${file.expect.state}.${stamp}.json`,
    text: transcriptText(file),
  };
}
