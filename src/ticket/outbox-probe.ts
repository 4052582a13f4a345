import { DEFAULT_NAMESPACE, STORAGE_SCHEMA } from './storage.js';

/**
 * Whether an earlier page left tickets in the outbox. The element asks on connect, before it
 * loads any delivery code: a page without waiting tickets pays nothing for the outbox.
 */
export function hasQueuedTickets(namespace: string = DEFAULT_NAMESPACE): boolean {
  const prefix = `${namespace}:v${STORAGE_SCHEMA}:outbox:`;
  try {
    for (let index = 0; index < localStorage.length; index++) {
      if (localStorage.key(index)?.startsWith(prefix)) return true;
    }
  } catch {
    // Storage blocked: the outbox lived in memory and went with the page.
  }
  return false;
}
