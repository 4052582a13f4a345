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
import { createStore, del, delMany, entries, get, set, type UseStore } from 'idb-keyval';
import type { TicketRequest } from './adapters/types.js';
import type { AttemptResult } from './deliver.js';
import { OUTBOX_TTL } from './outbox.js';
import type { Ticket } from './types.js';

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
  /** Keeps the images, and returns the ticket that lists them (name, type, size: what its JSON carries). */
  keep(ticket: Ticket, files: StoredFile[]): Promise<Ticket>;
  load(id: string): Promise<StoredAttachments | undefined>;
  saveUploads(id: string, uploads: UploadTokens): Promise<void>;
  remove(id: string): Promise<void>;
  /**
   * Removes images saved before `time`: those of a ticket the outbox dropped when it expired
   * (OUTBOX_TTL); a delivered ticket's go at once ({@link AttachmentStore.remove}).
   */
  removeOlderThan(time: number): Promise<void>;
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

function attachmentStore(persistent: boolean): AttachmentStore {
  const db = persistent ? openDatabase() : undefined;
  const stored = async (id: string) =>
    inMemory.get(id) ?? (db && (await get<StoredAttachments>(id, db).catch(() => undefined)));
  return {
    async save(id, files) {
      const record: StoredAttachments = { files, savedAt: Date.now() };
      try {
        if (!db) throw new Error('no IndexedDB');
        await set(id, record, db);
        return true;
      } catch {
        inMemory.set(id, record);
        return false;
      }
    },
    async keep(ticket, files) {
      await this.save(ticket.id, files);
      return { ...ticket, attachments: files.map(({ name, type, size }) => ({ name, type, size })) };
    },
    load: stored,
    async saveUploads(id, uploads) {
      const record = await stored(id);
      if (!record) return;
      if (inMemory.has(id) || !db) inMemory.set(id, { ...record, uploads });
      else await set(id, { ...record, uploads }, db).catch(() => inMemory.set(id, { ...record, uploads }));
    },
    async remove(id) {
      inMemory.delete(id);
      if (db) await del(id, db).catch(() => undefined);
    },
    async removeOlderThan(time) {
      for (const [id, record] of inMemory) if (record.savedAt < time) inMemory.delete(id);
      if (!db) return;
      const records = await entries<string, StoredAttachments>(db).catch(() => []);
      const old = records.filter(([, record]) => !(record?.savedAt >= time)).map(([id]) => id);
      await delMany(old, db).catch(() => undefined);
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
