import { describe, expect, it } from 'vitest';
import { openStore, Store } from '../../../src/ticket/storage.js';
import { BlockedStorage, FlakyStorage, FullStorage, MapStorage } from './fakes.js';

describe('storage wrapper', () => {
  it('keeps values under a namespaced, versioned key', () => {
    const backend = new MapStorage();
    const store = openStore('local', { backend, namespace: 'shop' });
    store.write('outbox:1', { a: 1 }, 1000);
    expect([...backend.items.keys()]).toEqual(['shop:v1:outbox:1']);
    expect(store.read('outbox:1')).toEqual({ a: 1 });
    expect(openStore('local', { backend, namespace: 'other' }).read('outbox:1')).toBeUndefined();
  });

  it('treats an expired value as absent and removes it', () => {
    let now = 1000;
    const backend = new MapStorage();
    const store = openStore('local', { backend, now: () => now });
    store.write('draft', 'text', 500);
    now = 1499;
    expect(store.read('draft')).toBe('text');
    now = 1500;
    expect(store.read('draft')).toBeUndefined();
    expect(backend.items.size).toBe(0);
  });

  it('ignores values of another schema version and values it cannot parse', () => {
    const backend = new MapStorage();
    backend.setItem('wallet-support:v0:draft', JSON.stringify({ value: 'old', expiresAt: Infinity }));
    backend.setItem('wallet-support:v1:broken', '{not json');
    const store = openStore('local', { backend });
    expect(store.read('draft')).toBeUndefined();
    expect(store.read('broken')).toBeUndefined();
    expect(backend.getItem('wallet-support:v1:broken')).toBeNull();
  });

  it('keeps values in memory when writing throws (Safari private mode), and still lists them', () => {
    const memory = new Map<string, string>();
    const store = new Store(new FullStorage(), memory);
    store.write('outbox:1', { ticket: 1 }, 1000);
    expect(store.read('outbox:1')).toEqual({ ticket: 1 });
    expect(store.keys('outbox:')).toEqual(['outbox:1']);
    store.remove('outbox:1');
    expect(store.read('outbox:1')).toBeUndefined();
  });

  it('says whether a write reached storage, and whether a reload would find the key', () => {
    const backend = new FlakyStorage();
    const store = openStore('local', { backend, memory: new Map() });
    expect(store.write('saved', 1, 1000)).toBe(true);
    backend.mode = 'full';
    expect(store.write('refused', 2, 1000)).toBe(false);
    expect(store.isDurable('saved')).toBe(true);
    expect(store.isDurable('refused')).toBe(false);
    expect(store.read('refused')).toBe(2);
  });

  it('reads the value written after a refused write, not the older copy storage still holds', () => {
    let now = 1000;
    const backend = new FlakyStorage();
    const store = openStore('local', { backend, memory: new Map(), now: () => now });
    store.write('entry', { nextAttemptAt: 1000 }, 60_000);
    backend.mode = 'full';
    now += 1;
    expect(store.write('entry', { nextAttemptAt: 9000 }, 60_000)).toBe(false);
    expect(store.read('entry')).toEqual({ nextAttemptAt: 9000 });
    // The older copy stays: it still has the ticket, for the next page.
    expect(store.isDurable('entry')).toBe(true);
    expect(JSON.parse(backend.getItem('wallet-support:v1:entry')!).value).toEqual({ nextAttemptAt: 1000 });
  });

  it("gives way to another tab's later write over its own memory copy", () => {
    let now = 1000;
    const backend = new FlakyStorage();
    const first = openStore('local', { backend, memory: new Map(), now: () => now });
    const second = openStore('local', { backend, memory: new Map(), now: () => now });
    backend.mode = 'full';
    first.write('entry', 'first tab, memory only', 60_000);
    backend.mode = 'ok';
    now += 1;
    second.write('entry', 'second tab, stored later', 60_000);
    expect(first.read('entry')).toBe('second tab, stored later');
    expect(first.flush()).toEqual([]);
    expect(second.read('entry')).toBe('second tab, stored later');
  });

  it('moves what only memory held to storage once storage takes it again', () => {
    const backend = new FlakyStorage();
    const store = openStore('local', { backend, memory: new Map() });
    backend.mode = 'full';
    store.write('outbox:1', 'a', 1000);
    store.write('receipt:1', 'b', 1000);
    expect(store.flush('outbox:')).toEqual([]);
    backend.mode = 'ok';
    expect(store.flush('outbox:')).toEqual(['outbox:1']);
    expect(store.isDurable('outbox:1')).toBe(true);
    expect(store.isDurable('receipt:1')).toBe(false);
  });

  it('writes nothing to the browser for persist="none", and says so', () => {
    const backend = new MapStorage();
    const store = openStore('memory', { backend, namespace: 'none-test' });
    expect(store.persistent).toBe(false);
    expect(store.write('outbox:1', { ticket: 1 }, 1000)).toBe(false);
    expect(store.read('outbox:1')).toEqual({ ticket: 1 });
    expect(store.isDurable('outbox:1')).toBe(false);
    expect(backend.items.size).toBe(0);
  });

  it('works from memory alone when storage cannot even be touched', () => {
    const store = new Store(new BlockedStorage(), new Map());
    store.write('a', 1, 1000);
    expect(store.read('a')).toBe(1);
    expect(store.keys()).toEqual(['a']);
  });

  it('shares the memory fallback between stores of one area and namespace, as elements of one page do', () => {
    const first = openStore('session', { backend: new FullStorage(), namespace: 'shared-memory' });
    first.write('k', 'v', 1000);
    expect(openStore('session', { backend: new FullStorage(), namespace: 'shared-memory' }).read('k')).toBe('v');
    expect(openStore('local', { backend: new FullStorage(), namespace: 'shared-memory' }).read('k')).toBeUndefined();
  });
});
