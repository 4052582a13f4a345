/**
 * A small wrapper over Web Storage for what the widget must not lose (docs/reliability.md R1, R2):
 * keys are namespaced and carry a schema version, every value has an expiry, and when the
 * browser's storage throws (Safari private mode's QuotaExceededError, a full quota, storage
 * blocked in a sandboxed iframe) values are kept in memory instead.
 *
 * It fails safe rather than silently: `write` says whether the value reached the browser's
 * storage, and `isDurable` whether a reload would find a key. A value kept in memory after a
 * refused write is newer than whatever the browser's storage still holds under that key, and
 * reads return it; a stale stored copy must never win, or updates (a ticket's backoff) are lost.
 *
 * Host scripts on the same origin can read Web Storage: only redacted data goes in here.
 */

/** The part of the Web Storage API used here; tests pass a fake. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** `memory`: nothing reaches the browser's storage (`persist="none"`); values last as long as the page. */
export type StorageKind = 'local' | 'session' | 'memory';

/** Bumped when the shape of stored values changes: older values are then simply not read. */
export const STORAGE_SCHEMA = 1;
export const DEFAULT_NAMESPACE = 'wallet-support';

interface Envelope {
  value: unknown;
  /** Epoch ms after which the value is treated as absent and removed. */
  expiresAt: number;
  /** Epoch ms of the write: of two copies (memory and storage), the later one is current. */
  savedAt?: number;
}

/**
 * Values that could not go to the browser's storage. Module-level, one per storage area and
 * namespace: they outlive an element (a second element on the page sees them), not the page.
 */
const memoryAreas = new Map<string, Map<string, string>>();

function memoryFor(area: string): Map<string, string> {
  let memory = memoryAreas.get(area);
  if (!memory) {
    memory = new Map();
    memoryAreas.set(area, memory);
  }
  return memory;
}

/** The browser's storage area, or undefined where touching it throws (blocked storage). */
function browserStorage(kind: StorageKind): StorageBackend | undefined {
  if (kind === 'memory') return undefined;
  try {
    const area = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    return area ?? undefined;
  } catch {
    return undefined;
  }
}

export interface StoreOptions {
  namespace?: string;
  /** Where values go; the browser's storage area of `kind` when absent. */
  backend?: StorageBackend;
  /** Memory used where the backend throws; shared per area and namespace when absent. */
  memory?: Map<string, string>;
  now?: () => number;
}

function parse(raw: string | null | undefined): Envelope | undefined {
  if (raw === null || raw === undefined) return undefined;
  try {
    const envelope = JSON.parse(raw) as Envelope;
    return typeof envelope?.expiresAt === 'number' ? envelope : undefined;
  } catch {
    return undefined;
  }
}

export class Store {
  private readonly prefix: string;
  private readonly now: () => number;

  constructor(
    private readonly backend: StorageBackend | undefined,
    private readonly memory: Map<string, string>,
    namespace: string = DEFAULT_NAMESPACE,
    now: () => number = Date.now,
  ) {
    this.prefix = `${namespace}:v${STORAGE_SCHEMA}:`;
    this.now = now;
  }

  /** Whether this store can keep anything across a reload at all (false for `persist="none"`). */
  get persistent(): boolean {
    return this.backend !== undefined;
  }

  /** The value under `key`, or undefined when absent, expired, unreadable or of another schema. */
  read<T>(key: string): T | undefined {
    const fullKey = this.prefix + key;
    const envelope = this.current(fullKey);
    if (!envelope) return undefined;
    if (envelope.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    return envelope.value as T;
  }

  /**
   * Keeps `value` for `ttl` ms. Never throws. True when the browser's storage took it (a reload
   * finds it); false when only this page's memory holds it, which reads still prefer over an
   * older stored copy.
   */
  write(key: string, value: unknown, ttl: number): boolean {
    const now = this.now();
    const raw = JSON.stringify({ value, expiresAt: now + ttl, savedAt: now } satisfies Envelope);
    const fullKey = this.prefix + key;
    if (this.setInBackend(fullKey, raw)) {
      this.memory.delete(fullKey);
      return true;
    }
    this.memory.set(fullKey, raw);
    return false;
  }

  /** Whether a reload would find `key`: the browser's storage holds a live copy of it (maybe an older one). */
  isDurable(key: string): boolean {
    const stored = parse(this.getFromBackend(this.prefix + key));
    return stored !== undefined && stored.expiresAt > this.now();
  }

  /**
   * Moves values that only memory holds to the browser's storage, where it takes them now (the
   * quota was freed, the write error was passing). Returns the keys that became durable.
   */
  flush(prefix = ''): string[] {
    const wanted = this.prefix + prefix;
    const saved: string[] = [];
    for (const [fullKey, raw] of [...this.memory]) {
      if (!fullKey.startsWith(wanted)) continue;
      const envelope = parse(raw);
      if (!envelope || envelope.expiresAt <= this.now()) {
        this.memory.delete(fullKey);
        continue;
      }
      // Drops the memory copy when another tab has written the key since: theirs is current.
      this.current(fullKey);
      if (!this.memory.has(fullKey)) continue;
      if (this.setInBackend(fullKey, raw)) {
        this.memory.delete(fullKey);
        saved.push(fullKey.slice(this.prefix.length));
      }
    }
    return saved;
  }

  remove(key: string): void {
    const fullKey = this.prefix + key;
    this.memory.delete(fullKey);
    try {
      this.backend?.removeItem(fullKey);
    } catch {
      // Nothing readable is stored there then.
    }
  }

  /** Keys (without the namespace) that start with `prefix`, in storage and in memory. */
  keys(prefix = ''): string[] {
    const wanted = this.prefix + prefix;
    const found = new Set<string>();
    try {
      const backend = this.backend;
      for (let index = 0; backend && index < backend.length; index++) {
        const key = backend.key(index);
        if (key?.startsWith(wanted)) found.add(key.slice(this.prefix.length));
      }
    } catch {
      // Unreadable storage: memory is all there is.
    }
    for (const key of this.memory.keys()) if (key.startsWith(wanted)) found.add(key.slice(this.prefix.length));
    return [...found].sort();
  }

  /**
   * The newer of the memory copy and the stored copy. Memory wins a tie: it was written by this
   * page after the browser refused the same key. A memory copy older than the stored one (another
   * tab wrote since) is dropped. Unparsable stored values are removed.
   */
  private current(fullKey: string): Envelope | undefined {
    const storedRaw = this.getFromBackend(fullKey);
    const stored = parse(storedRaw);
    if (storedRaw !== null && !stored) this.removeFromBackend(fullKey);
    const memoryRaw = this.memory.get(fullKey);
    const inMemory = parse(memoryRaw);
    if (memoryRaw !== undefined && !inMemory) this.memory.delete(fullKey);
    if (!inMemory) return stored;
    if (!stored || (inMemory.savedAt ?? 0) >= (stored.savedAt ?? 0)) return inMemory;
    this.memory.delete(fullKey);
    return stored;
  }

  private setInBackend(fullKey: string, raw: string): boolean {
    if (!this.backend) return false;
    try {
      this.backend.setItem(fullKey, raw);
      return true;
    } catch {
      return false;
    }
  }

  private getFromBackend(fullKey: string): string | null {
    try {
      return this.backend?.getItem(fullKey) ?? null;
    } catch {
      return null;
    }
  }

  private removeFromBackend(fullKey: string): void {
    try {
      this.backend?.removeItem(fullKey);
    } catch {
      // Unreadable storage: nothing to clean.
    }
  }
}

/** A store over the browser's local or session storage (or the given backend), namespaced. */
export function openStore(kind: StorageKind, options: StoreOptions = {}): Store {
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const backend = kind === 'memory' ? undefined : (options.backend ?? browserStorage(kind));
  const memory = options.memory ?? memoryFor(`${kind}:${namespace}`);
  return new Store(backend, memory, namespace, options.now);
}
