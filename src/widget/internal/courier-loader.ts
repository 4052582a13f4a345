import { ENTRY, RECEIPT } from '../../ticket/outbox-keys.js';
import { DEFAULT_NAMESPACE, openStore, STORAGE_SCHEMA } from '../../ticket/storage.js';
import type { TicketCourier } from './ticket-handoff.js';

/**
 * The ticket courier (delivery, retries, the outbox, help desks' formats: ticket-handoff.ts and
 * what it imports) is a chunk of its own, loaded only when there is a ticket to look after
 * (docs/decisions/0021): the ticket form loads it with its reading, so Submit still files in the
 * same task; a page whose storage holds an undelivered ticket or a receipt loads it at once.
 */
type CourierModule = typeof import('./ticket-handoff.js');
type StatusModule = typeof import('./ticket-status.js');

let loaded: CourierModule | undefined;
let loading: Promise<CourierModule> | undefined;
/** How the courier's tickets are shown: there whenever the courier is, so a filed ticket's status draws at once. */
let statuses: StatusModule | undefined;

/** Loads the courier's chunk with the tickets' statuses (once; tried again if it could not load). */
export function loadCourier(): Promise<CourierModule> {
  return (loading ??= Promise.all([import('./ticket-handoff.js'), import('./ticket-status.js')]).then(
    ([module, status]) => {
      statuses = status;
      return (loaded = module);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** The element's courier once the chunk is here, else undefined: filing needs it in the same task. */
export function loadedCourierFor(host: HTMLElement): TicketCourier | undefined {
  return loaded?.courierFor(host);
}

/** The element's courier, its chunk loaded first if need be. */
export function courierOf(host: HTMLElement): Promise<TicketCourier> {
  return loadCourier().then((module) => module.courierFor(host));
}

/**
 * Whether this browser keeps a ticket not yet delivered or a receipt of one sent (the outbox's
 * keys in local storage, or this page's memory): a synchronous look, so that the courier loads on
 * page load only when it has something to retry, report or compare with.
 */
export function keepsTickets(): boolean {
  const store = openStore('local');
  return store.keys(ENTRY).length > 0 || store.keys(RECEIPT).length > 0;
}

/** A ticket as plain text, for "Copy ticket" in its status: there once the statuses are. */
export function loadedTicketText(): StatusModule['ticketAsText'] | undefined {
  return statuses?.ticketAsText;
}

/** Where each ticket stands (ticket-status.ts), once the courier has loaded: it has none before. */
export function loadedTicketStatuses(): StatusModule['renderTicketStatuses'] | undefined {
  return statuses?.renderTicketStatuses;
}

/**
 * On page load: connects the element's courier now when this browser keeps a ticket or a receipt
 * (it retries and reports what earlier pages left), else once another tab writes a ticket to the
 * outbox (a `storage` event on its keys), so that every open page still takes part in delivering
 * it, as when the courier came with the conversation.
 */
export function connectCourierWhenKept(host: HTMLElement): void {
  const connect = () => void courierOf(host).then((courier) => courier.connect());
  if (keepsTickets()) return connect();
  const outboxKeys = `${DEFAULT_NAMESPACE}:v${STORAGE_SCHEMA}:${ENTRY}`;
  const heard = (event: StorageEvent) => {
    if (!event.key?.startsWith(outboxKeys)) return;
    globalThis.removeEventListener('storage', heard);
    connect();
  };
  globalThis.addEventListener('storage', heard);
}
