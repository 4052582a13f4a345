/**
 * A small wrapper over Web Storage for what the widget must not lose (reliability.md R1, R2):
 * keys are namespaced and carry a schema version, every value has an expiry, and when the
 * browser's storage throws (Safari private mode's QuotaExceededError, storage blocked in a
 * sandboxed iframe) values are kept in memory instead, so a write never fails.
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

export type StorageKind = 'local' | 'session';

/** Bumped when the shape of stored values changes: older values are then simply not read. */
export const STORAGE_SCHEMA = 1;
export const DEFAULT_NAMESPACE = 'wallet-support';

interface Envelope {
  value: unknown;
  /** Epoch ms after which the value is treated as absent and removed. */
  expiresAt: number;
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

  /** The value under `key`, or undefined when absent, expired, unreadable or of another schema. */
  read<T>(key: string): T | undefined {
    const raw = this.rawGet(this.prefix + key);
    if (raw === null) return undefined;
    try {
      const envelope = JSON.parse(raw) as Envelope;
      if (typeof envelope?.expiresAt !== 'number' || envelope.expiresAt <= this.now()) {
        this.remove(key);
        return undefined;
      }
      return envelope.value as T;
    } catch {
      this.remove(key);
      return undefined;
    }
  }

  /** Keeps `value` for `ttl` ms. Never throws: where storage refuses, memory keeps it. */
  write(key: string, value: unknown, ttl: number): void {
    const raw = JSON.stringify({ value, expiresAt: this.now() + ttl } satisfies Envelope);
    const fullKey = this.prefix + key;
    try {
      if (!this.backend) throw new Error('no storage');
      this.backend.setItem(fullKey, raw);
      this.memory.delete(fullKey);
    } catch {
      this.memory.set(fullKey, raw);
    }
  }

  remove(key: string): void {
    const fullKey = this.prefix + key;
    this.memory.delete(fullKey);
    try {
      this.backend?.removeItem(fullKey);
    } catch {
      // Nothing was stored there then.
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

  private rawGet(fullKey: string): string | null {
    let raw: string | null = null;
    try {
      raw = this.backend?.getItem(fullKey) ?? null;
    } catch {
      raw = null;
    }
    return raw ?? this.memory.get(fullKey) ?? null;
  }
}

/** A store over the browser's local or session storage (or the given backend), namespaced. */
export function openStore(kind: StorageKind, options: StoreOptions = {}): Store {
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const backend = options.backend ?? browserStorage(kind);
  const memory = options.memory ?? memoryFor(`${kind}:${namespace}`);
  return new Store(backend, memory, namespace, options.now);
}
