import { redact } from '../diagnose/redact.js';
import { redactAcross } from '../diagnose/redact-across.js';
import type { CauseId } from '../diagnose/types.js';
import type { ProblemId } from '../shared/problems.js';
import type { Facts, Locale, Message, RememberedFact } from '../shared/types.js';
import { maskContact } from '../diagnose/contact.js';
import type { Ticket } from './types.js';

export interface PageInfo {
  url: string;
  userAgent: string;
}

/** Last four digits of a card number the user typed and the redactor masked ("•••• 1234"). */
function cardLast4(userTexts: readonly string[]): string | undefined {
  for (const text of userTexts) {
    const match = /•••• (\d{4})/.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

/** Drops keys whose value is undefined or empty, so the ticket carries only what is known. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/**
 * The page a ticket was filed from: origin and path only. The query and the fragment are where
 * payment pages put tokens, card numbers and one-time codes (`?pan=…&otp=…#access_token=…`), and
 * the ticket goes to the outbox, the preview and a mailto link; support needs only which page.
 */
function pageAddress(url: string): string {
  let address: string;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    parsed.hash = '';
    address = parsed.href;
  } catch {
    address = url.split(/[?#]/)[0] ?? '';
  }
  // A path can carry a card number too ("/pay/4111111111111111").
  return redact(address).text;
}

/**
 * What a ticket is made from: a conversation as it ended. The engine's flow context has this
 * shape; the ticket layer needs nothing else of the engine.
 */
export interface TicketSource {
  locale: Locale;
  problem: ProblemId;
  /** The cause diagnosed with confidence, or chosen or confirmed by the person. */
  cause?: CauseId;
  facts: Facts;
  /** What the error message was read as: `code`, a code inside it ("…(05)"), when the page gave none. */
  classification?: { code?: string };
  stepsTried: string[];
  transcript: Message[];
}

function notRemembered(facts: Facts): RememberedFact[] | undefined {
  const unknown = (facts.notRemembered ?? []).filter((fact) => facts[fact] === undefined);
  return unknown.length > 0 ? [...new Set(unknown)] : undefined;
}

/**
 * A UUID v4 for the ticket (also its Idempotency-Key). `crypto.randomUUID` exists only on secure
 * pages; `getRandomValues` everywhere, so an http:// page can still file a ticket.
 */
export function newTicketId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Freezes a conversation into a ticket. Every free text passes the redactor again: host-supplied
 * error messages and form edits did not go through the answer box. The user's lines and the
 * description are redacted together (redactAcross), so a card number typed over two answers is
 * masked in both, and in the facts those answers gave.
 */
export function buildTicket(
  context: TicketSource,
  page: PageInfo,
  now: Date = new Date(),
  id: string = newTicketId(),
): Ticket {
  const { facts } = context;
  const userLines = context.transcript.filter((line) => line.from === 'user');
  const said = [...userLines.map((line) => line.text), ...(facts.description ? [facts.description] : [])];
  const masked = redactAcross(said).texts;
  // An answer is kept both as a transcript line and as the fact it answered: mask both alike.
  const maskedAnswer = new Map<string, string>();
  userLines.forEach((line, i) => {
    if (masked[i] !== line.text) maskedAnswer.set(line.text, masked[i]!);
  });
  const clean = (text?: string) => (text === undefined ? undefined : redact(maskedAnswer.get(text) ?? text).text);
  const maskedLine = new Map(userLines.map((line, i) => [line, masked[i]!]));
  return compact({
    id,
    createdAt: now.toISOString(),
    locale: context.locale,
    problem: context.problem,
    // Only a cause the user confirmed or chose; a guess they said no to is not a diagnosis.
    cause: context.cause ?? 'unknown',
    occurredAt: facts.occurredAt,
    amount: facts.amount,
    errorCode: clean(facts.errorCode ?? context.classification?.code),
    errorMessage: clean(facts.errorMessage),
    merchant: clean(facts.merchant),
    orderId: clean(facts.orderId),
    paymentMethod: facts.paymentMethod,
    // Only what is still unknown: a time the person did not remember but typed in the form is known.
    notRemembered: notRemembered(facts),
    cardLast4: cardLast4(masked),
    stepsTried: [...context.stepsTried],
    description: facts.description ? masked.at(-1) : undefined,
    contact: facts.contact && compact(maskContact(facts.contact)),
    transcript: context.transcript.map((line) => ({
      from: line.from,
      text: maskedLine.get(line) ?? redact(line.text).text,
      at: line.at,
    })),
    page: { url: pageAddress(page.url), userAgent: page.userAgent },
  });
}
