import { describe, expect, it } from 'vitest';
import { openStore, Store } from '../../../src/ticket/storage.js';
import { BlockedStorage, FullStorage, MapStorage } from './fakes.js';

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
