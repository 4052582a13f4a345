/**
 * What the public events say about a conversation without its words (docs/decisions/0016): which
 * conversation it is, and what kind of answer moved it on.
 */
import type { AnswerVia } from '../shared/step-via.js';
import type { FlowEvent, PromptMeta } from './context.js';

/**
 * A random id for a new conversation. `crypto.randomUUID` exists only on secure pages; elsewhere
 * `getRandomValues` (everywhere) gives 128 random bits as hex. It names a conversation in a
 * host's analytics, nothing more: it is not a secret and not the person's.
 */
export function newConversationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The kind of a typed answer, from the question it answered and how it was read; never its words. */
export function answerVia(
  prompt: Extract<PromptMeta, { kind: 'answer' }>,
  event: Extract<FlowEvent, { type: 'user.answer' }>,
): AnswerVia {
  if (event.understood.ok && 'notRemembered' in event.understood) return 'dont-know';
  if (prompt.answer !== 'text') return prompt.answer;
  if (prompt.fact === 'errorMessage') return 'error-message';
  return prompt.fact === 'description' ? 'description' : 'text';
}
