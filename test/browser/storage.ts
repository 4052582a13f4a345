import { openStore, type StorageKind } from '../../src/ticket/storage.js';

/** Forgets everything a test left: in storage, and in the storage module's memory (a reload's worth). */
export function forgetEverything(): void {
  for (const kind of ['local', 'session', 'memory'] as StorageKind[]) {
    const store = openStore(kind);
    for (const key of store.keys()) store.remove(key);
  }
  localStorage.clear();
  sessionStorage.clear();
}
