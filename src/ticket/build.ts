import { redact } from '../diagnose/redact.js';
import type { FlowContext } from '../engine/context.js';
import type { Ticket } from './types.js';

export interface PageInfo {
  url: string;
  userAgent: string;
}

/** Last four digits of a card number the user typed and the redactor masked ("•••• 1234"). */
function cardLast4(context: FlowContext): string | undefined {
  for (const line of context.transcript) {
    const match = /•••• (\d{4})/.exec(line.text);
    if (line.from === 'user' && match) return match[1];
  }
  return undefined;
}

/** Drops keys whose value is undefined or empty, so the ticket carries only what is known. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/**
 * Freezes a conversation into a ticket. Every free text passes the redactor again: host-supplied
 * error messages and form edits did not go through the answer box.
 */
export function buildTicket(
  context: FlowContext,
  page: PageInfo,
  now: Date = new Date(),
  id: string = crypto.randomUUID(),
): Ticket {
  const { facts } = context;
  const clean = (text?: string) => (text === undefined ? undefined : redact(text).text);
  return compact({
    id,
    createdAt: now.toISOString(),
    locale: context.locale,
    problem: context.problem,
    // Only a cause the user confirmed or chose; a guess they said no to is not a diagnosis.
    cause: context.cause ?? 'unknown',
    occurredAt: facts.occurredAt,
    amount: facts.amount,
    errorCode: clean(facts.errorCode),
    errorMessage: clean(facts.errorMessage),
    merchant: clean(facts.merchant),
    orderId: clean(facts.orderId),
    cardLast4: cardLast4(context),
    stepsTried: [...context.stepsTried],
    description: clean(facts.description),
    contact: facts.contact && compact(facts.contact),
    transcript: context.transcript.map(({ from, text, at }) => ({ from, text: redact(text).text, at })),
    page: { url: page.url, userAgent: page.userAgent },
  });
}
