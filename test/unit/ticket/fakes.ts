import type { StorageBackend } from '../../../src/ticket/storage.js';
import type { Ticket } from '../../../src/ticket/types.js';

/** Web Storage over a Map, shared by every "tab" given the same instance. */
export class MapStorage implements StorageBackend {
  readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Safari private mode: reading works, every write throws QuotaExceededError. */
export class FullStorage extends MapStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/**
 * Storage whose failure mode a test switches at any moment: `full` refuses writes (the quota is
 * used up, by the host page or by us), `throwing` refuses everything (storage blocked meanwhile).
 * Removing works when full, as it does in browsers.
 */
export class FlakyStorage extends MapStorage {
  mode: 'ok' | 'full' | 'throwing' = 'ok';

  override get length(): number {
    this.check('read');
    return super.length;
  }
  override key(index: number): string | null {
    this.check('read');
    return super.key(index);
  }
  override getItem(key: string): string | null {
    this.check('read');
    return super.getItem(key);
  }
  override setItem(key: string, value: string): void {
    this.check('write');
    super.setItem(key, value);
  }
  override removeItem(key: string): void {
    this.check('read');
    super.removeItem(key);
  }

  private check(access: 'read' | 'write'): void {
    if (this.mode === 'throwing') throw new DOMException('denied', 'SecurityError');
    if (this.mode === 'full' && access === 'write')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** Storage blocked altogether (sandboxed iframe, cookies off): every call throws. */
export class BlockedStorage implements StorageBackend {
  get length(): number {
    throw new DOMException('denied', 'SecurityError');
  }
  key(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
}

let serial = 0;

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  serial += 1;
  return {
    id: crypto.randomUUID(),
    createdAt: new Date(1_700_000_000_000 + serial).toISOString(),
    locale: 'en',
    problem: 'payment-failed',
    cause: 'insufficient-balance',
    amount: { value: '1299.50', currency: 'CNY' },
    errorMessage: 'Insufficient funds (51)',
    stepsTried: ['Checked the balance'],
    description: 'Tried twice',
    contact: { email: 'li.lei@example.com' },
    transcript: [
      { from: 'bot', text: 'When did it happen?', at: '2026-11-26T07:00:00.000Z' },
      { from: 'user', text: 'yesterday at 3pm', at: '2026-11-26T07:00:05.000Z' },
    ],
    page: { url: 'https://shop.example/checkout', userAgent: 'test' },
    ...overrides,
  };
}
