/**
 * Where a ticket's images wait until it is delivered (issue 16). IndexedDB, one record per ticket
 * id: Web Storage takes only strings, a few MB in all, and an image is a Blob of up to 500 KB. The
 * outbox entry (localStorage) says how many images a ticket has; this holds their bytes, and for
 * Zendesk the upload tokens already obtained, so that a retry does not upload them again. Every
 * tab of the origin, and the next page load, reads the same records.
 *
 * `persist="none"` keeps them in this page's memory, as it keeps the ticket; so does a browser
 * without IndexedDB or one that refuses it (some private windows). Loaded only when a ticket has
 * images: idb-keyval is the small, well-kept wrapper over IndexedDB's requests.
 */
import { createStore, del, delMany, entries, get, keys, set, type UseStore } from 'idb-keyval';
import type { TicketRequest } from './adapters/types.js';
import type { AttemptResult } from './deliver.js';
import { OUTBOX_TTL } from './outbox.js';

export interface StoredFile {
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

/** Zendesk upload tokens, one per file in order, and when the first was obtained (epoch ms). */
export interface UploadTokens {
  tokens: string[];
  at: number;
}

export interface StoredAttachments {
  files: StoredFile[];
  /** Epoch ms: images older than their ticket could be are removed ({@link AttachmentStore.removeOlderThan}). */
  savedAt: number;
  uploads?: UploadTokens;
}

export interface AttachmentStore {
  /** Keeps a ticket's images; true when they went to IndexedDB (a reload finds them). */
  save(id: string, files: StoredFile[]): Promise<boolean>;
  load(id: string): Promise<StoredAttachments | undefined>;
  saveUploads(id: string, uploads: UploadTokens): Promise<void>;
  remove(id: string): Promise<void>;
  /**
   * Removes images saved before `time`: those of a ticket the outbox dropped when it expired
   * (OUTBOX_TTL); a delivered ticket's go at once ({@link AttachmentStore.remove}).
   */
  removeOlderThan(time: number): Promise<void>;
  /** "Delete my data": every ticket's images but those of `kept` (tickets the person chose to keep). */
  removeAllBut(kept: ReadonlySet<string>): Promise<void>;
  /** One attempt of a ticket that has images, sent with them (attachment-delivery.ts, loaded now). */
  send(request: TicketRequest, options: { signal: AbortSignal; timeout: number; id: string }): Promise<AttemptResult>;
}

/** Images only this page holds: `persist="none"`, or where IndexedDB refused them. */
const inMemory = new Map<string, StoredAttachments>();

let database: UseStore | undefined;

function openDatabase(): UseStore | undefined {
  try {
    if (!globalThis.indexedDB) return undefined;
    database ??= createStore('wallet-support', 'attachments');
    return database;
  } catch {
    return undefined;
  }
}

/**
 * The attachment store of the page's courier: IndexedDB unless `persistent` is false. Opening it
 * removes images older than any ticket the outbox still keeps.
 */
export function openAttachmentStore(persistent: boolean): AttachmentStore {
  const store = attachmentStore(persistent);
  void store.removeOlderThan(Date.now() - OUTBOX_TTL);
  return store;
}

/**
 * IndexedDB work that never throws: idb-keyval opens the database lazily, and where opening is
 * refused (a sandboxed frame, some private windows) it throws at once rather than rejecting.
 */
async function quietly<T>(work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch {
    return fallback;
  }
}

function attachmentStore(persistent: boolean): AttachmentStore {
  const db = persistent ? openDatabase() : undefined;
  const stored = async (id: string) =>
    inMemory.get(id) ?? (db ? await quietly(() => get<StoredAttachments>(id, db), undefined) : undefined);
  /** In IndexedDB if it takes it, else in this page's memory; true for IndexedDB. */
  const put = async (id: string, record: StoredAttachments) => {
    const durable = db !== undefined && (await quietly(() => set(id, record, db).then(() => true), false));
    if (durable) inMemory.delete(id);
    else inMemory.set(id, record);
    return durable;
  };
  return {
    save: (id, files) => put(id, { files, savedAt: Date.now() }),
    load: stored,
    async saveUploads(id, uploads) {
      const record = await stored(id);
      if (record) await put(id, { ...record, uploads });
    },
    async remove(id) {
      inMemory.delete(id);
      if (db) await quietly(() => del(id, db), undefined);
    },
    async removeOlderThan(time) {
      for (const [id, record] of inMemory) if (record.savedAt < time) inMemory.delete(id);
      if (!db) return;
      const records = await quietly(() => entries<string, StoredAttachments>(db), []);
      const old = records.filter(([, record]) => !(record?.savedAt >= time)).map(([id]) => id);
      await quietly(() => delMany(old, db), undefined);
    },
    async removeAllBut(kept) {
      for (const id of inMemory.keys()) if (!kept.has(id)) inMemory.delete(id);
      if (!db) return;
      const ids = await quietly(() => keys<string>(db), []);
      await quietly(
        () =>
          delMany(
            ids.filter((id) => !kept.has(id)),
            db,
          ),
        undefined,
      );
    },
    async send(request, { id, ...options }) {
      const { deliverWithAttachments } = await import('./attachment-delivery.js');
      return deliverWithAttachments(request, await stored(id), {
        ...options,
        saveUploads: (uploads) => this.saveUploads(id, uploads),
      });
    },
  };
}
