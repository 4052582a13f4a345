/**
 * Keeps a conversation across reloads (docs/reliability.md R1): the flow actor's persisted snapshot,
 * with the flow's id and version, saved after every answer. Everything in it is already
 * redacted: answers are masked before they reach the actor (engine/interpret.ts).
 */
import type { AnyStateMachine } from 'xstate';
import type { Facts } from './context.js';
import type { ProblemId } from '../shared/problems.js';
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
  /** The conversation's id in the public events: a reload that picks it up goes on as the same conversation. */
  conversationId?: string;
}

/** What a conversation was started with: a page that passes another failure starts afresh. */
export interface ConversationOrigin {
  locale: string;
  problem?: string;
  facts?: Facts;
}

/**
 * How long a kept conversation lasts (issue 18): in sessionStorage it goes with the tab anyway, and
 * a day caps a tab left open; `persist="local"` keeps it a week, for a person who comes back to
 * the same failure another day.
 */
export const CONVERSATION_TTL = { session: 24 * 60 * 60_000, local: 7 * 24 * 60 * 60_000 } as const;

/**
 * Said when a saved conversation cannot be picked up: it belongs to an older version of its flow,
 * or what was kept is damaged.
 */
export const flowUpdatedNotice: Text = t(
  '没能接着上次的对话继续（帮助流程可能已经更新），我们从头开始吧。',
  'I could not pick up where we left off (this help guide may have changed), so let us start again from the beginning.',
  '沒能接著上次的對話繼續（說明流程可能已經更新），我們從頭開始吧。',
);

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isMessage = (value: unknown) =>
  isRecord(value) && (value.from === 'bot' || value.from === 'user') && isString(value.text) && isString(value.at);

/**
 * Whether a kept snapshot has the shape the view and the flow rely on. Storage can be edited by
 * anything on the page, and a damaged value must not break every later load (a transcript that
 * is not a list once left the typing indicator up for good).
 */
export function isRestorable(snapshot: unknown, problem: string): boolean {
  if (!isRecord(snapshot) || snapshot.status !== 'active') return false;
  if (!isString(snapshot.value) && !isRecord(snapshot.value)) return false;
  const context = snapshot.context;
  if (!isRecord(context) || context.problem !== problem || !isString(context.locale) || !isRecord(context.facts))
    return false;
  const lists = [context.transcript, context.fixesTried, context.stepsTried];
  if (!lists.every(Array.isArray)) return false;
  return (
    (context.transcript as unknown[]).every(isMessage) &&
    (context.fixesTried as unknown[]).every(isString) &&
    (context.stepsTried as unknown[]).every(isString)
  );
}

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
    private readonly keepFor: number = CONVERSATION_TTL.session,
    private readonly now: () => number = Date.now,
  ) {
    this.key = conversationKey(origin);
  }

  load(): SavedConversation | undefined {
    const saved = this.store.read<SavedConversation>(this.key);
    return saved && typeof saved.problem === 'string' && saved.flow && saved.snapshot ? saved : undefined;
  }

  save(problem: ProblemId, machine: AnyStateMachine, snapshot: unknown, conversationId?: string): void {
    const saved: SavedConversation = {
      problem,
      flow: { id: machine.id, version: machine.version },
      snapshot,
      savedAt: this.now(),
      ...(conversationId ? { conversationId } : {}),
    };
    this.store.write(this.key, saved, this.keepFor);
  }

  clear(): void {
    this.store.remove(this.key);
  }
}
