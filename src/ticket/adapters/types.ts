import type { Ticket } from '../types.js';

/** A delivery request frozen when the ticket is queued: every attempt sends exactly this. */
export interface TicketRequest {
  url: string;
  format: TicketFormat;
  headers: Record<string, string>;
  body: string;
  /**
   * The body was kept within a size cap (help-desk formats always; JSON after a 413). A 413 for
   * an uncapped body is answered by freezing a capped one; for a capped body it is final.
   * Absent in requests frozen by earlier versions: they count as uncapped.
   */
  capped?: boolean;
  /**
   * How many images go with the body (kept in the attachment store under the ticket's id,
   * ticket/attachments.ts): the request is then sent by ticket/attachment-delivery.ts.
   */
  attachments?: number;
}

export const ticketFormats = ['json', 'zendesk', 'freshdesk'] as const;

/** How a ticket is shaped for its endpoint: the `ticket-format` attribute. */
export type TicketFormat = (typeof ticketFormats)[number];

export function isTicketFormat(value: unknown): value is TicketFormat {
  return typeof value === 'string' && (ticketFormats as readonly string[]).includes(value);
}

export interface TicketAdapter {
  /** Whether `body` always keeps within the service's size limit. */
  capped: boolean;
  /** The JSON body the service documents for creating a ticket; `shrink`: within a size cap. */
  body(ticket: Ticket, options?: { shrink?: boolean }): unknown;
  /** The service's id for the created ticket, read from its reply. */
  reference(reply: unknown): string | undefined;
}

/** A string or a number id as a string; undefined for anything else. */
export function idString(value: unknown): string | undefined {
  if (typeof value === 'string' && value) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}
