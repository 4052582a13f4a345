/**
 * Keeps a conversation across reloads (reliability.md R1): the flow actor's persisted snapshot,
 * with the flow's id and version, saved after every answer. Everything in it is already
 * redacted: answers are masked before they reach the actor (engine/interpret.ts).
 */
import type { AnyStateMachine } from 'xstate';
import type { Facts } from './context.js';
import type { ProblemId } from './problems.js';
import { t, type Text } from './text.js';

/** Where conversations are kept; ticket/storage.ts's `Store` is one. */
export interface SnapshotStore {
  read<T>(key: string): T | undefined;
  write(key: string, value: unknown, ttl: number): void;
  remove(key: string): void;
}

export interface SavedConversation {
  problem: ProblemId;
  flow: { id: string; version?: string };
  /** `actor.getPersistedSnapshot()` of the flow. */
  snapshot: unknown;
  savedAt: number;
}

/** What a conversation was started with: a page that passes another failure starts afresh. */
export interface ConversationOrigin {
  locale: string;
  problem?: string;
  facts?: Facts;
}

/** A day: a conversation older than that is about a failure the user has moved on from. */
export const CONVERSATION_TTL = 24 * 60 * 60_000;

/** Said when a saved conversation belongs to an older version of its flow. */
export const flowUpdatedNotice: Text = t(
  '帮助流程在您上次对话之后更新过了，我们从头开始吧。',
  'This help guide has changed since we last talked, so let us start again from the beginning.',
  '說明流程在您上次對話之後更新過了，我們從頭開始吧。',
);

/** FNV-1a: a short, stable key for what a conversation was started with. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(16).padStart(8, '0');
}

export function conversationKey(origin: ConversationOrigin): string {
  const facts = Object.entries(origin.facts ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return `conversation:${hash(JSON.stringify([origin.locale, origin.problem ?? '', facts]))}`;
}

export function isSameFlow(machine: AnyStateMachine, saved: SavedConversation['flow']): boolean {
  return machine.id === saved.id && (machine.version ?? '') === (saved.version ?? '');
}

/** One conversation's slot in a store. */
export class ConversationMemory {
  private readonly key: string;

  constructor(
    private readonly store: SnapshotStore,
    origin: ConversationOrigin,
    private readonly now: () => number = Date.now,
  ) {
    this.key = conversationKey(origin);
  }

  load(): SavedConversation | undefined {
    const saved = this.store.read<SavedConversation>(this.key);
    return saved && typeof saved.problem === 'string' && saved.flow && saved.snapshot ? saved : undefined;
  }

  save(problem: ProblemId, machine: AnyStateMachine, snapshot: unknown): void {
    const saved: SavedConversation = {
      problem,
      flow: { id: machine.id, version: machine.version },
      snapshot,
      savedAt: this.now(),
    };
    this.store.write(this.key, saved, CONVERSATION_TTL);
  }

  clear(): void {
    this.store.remove(this.key);
  }
}
