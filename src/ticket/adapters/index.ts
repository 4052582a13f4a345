import type { Ticket } from '../types.js';
import { jsonAdapter } from './json.js';
import type { TicketAdapter, TicketFormat, TicketRequest } from './types.js';

export { isTicketFormat, ticketFormats, type TicketFormat, type TicketRequest } from './types.js';

/**
 * The JSON adapter is always at hand; a help desk's loads with import() when a page names that
 * format (`ticket-format`), so the pages that use the default do not download it.
 */
const adapters: Partial<Record<TicketFormat, TicketAdapter>> = { json: jsonAdapter };
const helpDesks: Record<Exclude<TicketFormat, 'json'>, () => Promise<TicketAdapter>> = {
  zendesk: () => import('./zendesk.js').then((module) => module.zendeskAdapter),
  freshdesk: () => import('./freshdesk.js').then((module) => module.freshdeskAdapter),
};

/** The adapter for `format`, loading it first if needed. */
export async function loadAdapter(format: TicketFormat): Promise<TicketAdapter> {
  return (adapters[format] ??= await helpDesks[format as Exclude<TicketFormat, 'json'>]());
}

/** Whether `requestFor` can shape a ticket for `format` now, without waiting for its adapter. */
export function hasAdapter(format: TicketFormat): boolean {
  return adapters[format] !== undefined;
}

function adapterFor(format: TicketFormat): TicketAdapter {
  const adapter = adapters[format];
  if (!adapter) throw new Error(`The ${format} adapter is not loaded: await loadAdapter('${format}') first`);
  return adapter;
}

/**
 * Freezes the request for a ticket: serialized once, so every attempt (and every attempt after
 * a reload) sends the identical body under the same `Idempotency-Key` (docs/reliability.md R3).
 * `shrink`: the endpoint answered 413 to the uncapped body, and `ticket` was shortened for it
 * (json-shrink.ts). That answer created nothing, so the
 * capped body goes under the same key (the ticket's id, which the contract makes the key).
 */
export function requestFor(
  ticket: Ticket,
  url: string,
  format: TicketFormat = 'json',
  options: { shrink?: boolean } = {},
): TicketRequest {
  const adapter = adapterFor(format);
  const attachments = ticket.attachments?.length;
  return {
    url,
    format,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': ticket.id },
    body: JSON.stringify(adapter.body(ticket, options)),
    capped: adapter.capped || options.shrink === true,
    ...(attachments ? { attachments } : {}),
  };
}

/** The service's id for the created ticket, read from its reply (the adapter loads if it must). */
export async function referenceFrom(format: TicketFormat, reply: unknown): Promise<string | undefined> {
  return (await loadAdapter(format)).reference(reply);
}
