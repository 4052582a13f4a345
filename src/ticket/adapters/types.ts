import type { Ticket } from '../types.js';

/** A delivery request frozen when the ticket is queued: every attempt sends exactly this. */
export interface TicketRequest {
  url: string;
  format: TicketFormat;
  headers: Record<string, string>;
  body: string;
}

export const ticketFormats = ['json', 'zendesk', 'freshdesk'] as const;

/** How a ticket is shaped for its endpoint: the `ticket-format` attribute. */
export type TicketFormat = (typeof ticketFormats)[number];

export function isTicketFormat(value: unknown): value is TicketFormat {
  return typeof value === 'string' && (ticketFormats as readonly string[]).includes(value);
}

export interface TicketAdapter {
  /** The JSON body the service documents for creating a ticket. */
  body(ticket: Ticket): unknown;
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
